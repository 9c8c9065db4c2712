using System.Collections.Concurrent;
using System.Text;

namespace Warehouse.Core.Sql;

/// <summary>The SQL files under db/ (transforms, views, report queries), embedded in this assembly.</summary>
public static class SqlFiles
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Reads db/&lt;relativePath&gt;, e.g. "transforms/publish_fees.sql".</summary>
    public static string Read(string relativePath) => Cache.GetOrAdd(relativePath, static path =>
    {
        var assembly = typeof(SqlFiles).Assembly;
        using var stream = assembly.GetManifestResourceStream("db/" + path)
            ?? throw new InvalidOperationException($"SQL file db/{path} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });
}
