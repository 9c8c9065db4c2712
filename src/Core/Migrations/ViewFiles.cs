using System.Reflection;
using System.Text;

namespace Warehouse.Core.Migrations;

/// <summary>
/// The reporting views of db/views, written once: each file is one view's SELECT with its <c>-- Grain:</c> comment on the
/// first line, named after the view. A file in db/views/&lt;engine&gt;/ replaces the portable one where that dialect differs.
/// </summary>
public static class ViewFiles
{
    private const string Prefix = "db/views/";
    private static readonly Assembly Source = typeof(ViewFiles).Assembly;

    /// <summary>The views of an engine, by name: (grain line, SELECT body).</summary>
    public static IReadOnlyList<ViewFile> For(EngineKind engine)
    {
        var engineFolder = Prefix + EngineNames.Of(engine) + "/";
        var names = Source.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)).ToList();
        return names
            .Where(n => n.IndexOf('/', Prefix.Length) < 0)
            .Order(StringComparer.Ordinal)
            .Select(portable =>
            {
                var file = portable[Prefix.Length..];
                var chosen = names.Contains(engineFolder + file) ? engineFolder + file : portable;
                return Parse(Path.GetFileNameWithoutExtension(file), Read(chosen), chosen);
            })
            .ToList();
    }

    private static ViewFile Parse(string name, string contents, string resource)
    {
        var text = contents.ReplaceLineEndings("\n");
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var grain = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (!grain.StartsWith("-- Grain: ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{resource} must open with its -- Grain: comment.");
        }
        return new ViewFile(name, grain, text[(firstLineEnd + 1)..].TrimEnd().TrimEnd(';'));
    }

    private static string Read(string resourceName)
    {
        using var stream = Source.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded script {resourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One reporting view: its name, its grain comment and the SELECT that defines it.</summary>
public sealed record ViewFile(string Name, string GrainLine, string Select);
