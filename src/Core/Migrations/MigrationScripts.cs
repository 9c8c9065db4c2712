using System.Reflection;
using System.Text;
using DbUp.Engine;

namespace Warehouse.Core.Migrations;

/// <summary>The migration scripts of one engine, embedded from db/migrations/&lt;engine&gt;/ and ordered by name.</summary>
public static class MigrationScripts
{
    private static readonly Assembly Source = typeof(MigrationScripts).Assembly;

    public static IReadOnlyList<SqlScript> For(EngineKind engine)
    {
        var prefix = $"db/migrations/{EngineNames.Of(engine)}/";
        return Source.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new SqlScript(name[prefix.Length..], Read(name)))
            .ToList();
    }

    private static string Read(string resourceName)
    {
        using var stream = Source.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded script {resourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
