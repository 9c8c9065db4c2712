using System.Text.RegularExpressions;
using Warehouse.Tests.SqlTools;

namespace Warehouse.Tests.Architecture;

/// <summary>
/// The folders of a project's sources and which of them each folder names: a `using`, `@using` or fully qualified
/// `Warehouse.Scheduler.X`, or a relative `X.Type` (C# resolves `Server.Health.HealthReader` from any namespace under
/// Warehouse.Scheduler). Files directly in the project folder form the node "(root)".
/// </summary>
internal static partial class SourceFolders
{
    public const string Root = "(root)";

    public static string ProjectDirectory(string project) => RepositoryPaths.Of($"src/{project}");

    public static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(ProjectDirectory(project), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !IsBuildOutput(Path.GetRelativePath(ProjectDirectory(project), path)));

    /// <summary>Folder → the other folders its files name, for the top-level folders of src/<paramref name="project"/>.</summary>
    public static Dictionary<string, SortedSet<string>> Dependencies(string project, string rootNamespace)
    {
        var directory = ProjectDirectory(project);
        var folders = Directory.EnumerateDirectories(directory).Select(Path.GetFileName).OfType<string>()
            .Where(name => !IsBuildOutput(name) && name != "Properties").ToHashSet(StringComparer.Ordinal);
        var qualified = new Regex($@"\b{Regex.Escape(rootNamespace)}\.(\w+)", RegexOptions.CultureInvariant);
        var relative = new Regex($@"(?<![\w.])({string.Join("|", folders.Select(Regex.Escape))})\.[A-Z]", RegexOptions.CultureInvariant);
        var graph = folders.Append(Root).ToDictionary(f => f, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var file in SourceFiles(project))
        {
            var from = FolderOf(Path.GetRelativePath(directory, file));
            var text = File.ReadAllText(file);
            var named = qualified.Matches(text).Select(m => m.Groups[1].Value)
                .Concat(relative.Matches(text).Select(m => m.Groups[1].Value));
            foreach (var to in named.Where(n => folders.Contains(n) && n != from))
            {
                graph[from].Add(to);
            }
        }
        return graph;
    }

    /// <summary>A cycle of the graph as "A → B → A", or null when there is none.</summary>
    public static string? FindCycle(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        string? Visit(string node)
        {
            var onPath = path.IndexOf(node);
            if (onPath >= 0)
            {
                return string.Join(" → ", path.Skip(onPath).Append(node));
            }
            if (!done.Add(node))
            {
                return null;
            }
            path.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges : [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static string FolderOf(string relativePath)
    {
        var separator = relativePath.IndexOfAny(['/', '\\']);
        return separator < 0 ? Root : relativePath[..separator];
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("bin", StringComparison.Ordinal) || relativePath.StartsWith("obj", StringComparison.Ordinal);
}
