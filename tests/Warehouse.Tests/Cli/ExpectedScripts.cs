using Warehouse.Tests.Schema;

namespace Warehouse.Tests.Cli;

/// <summary>The migration scripts of an engine as they are on disk in db/migrations/&lt;engine&gt;/, in the order they apply.</summary>
internal static class ExpectedScripts
{
    public static IReadOnlyList<string> For(string engine)
    {
        var prefix = engine + "/";
        var scripts = RepositoryFiles.Scripts()
            .Where(script => script.StartsWith(prefix, StringComparison.Ordinal))
            .Select(script => script[prefix.Length..])
            .ToList();
        // The five released scripts, 0001_dimensions.sql to 0005_staging.sql; later scripts only add to the list.
        Assert.True(scripts.Count >= 5, $"Expected at least the 5 released {engine} scripts, found: {string.Join(", ", scripts)}");
        return scripts;
    }
}
