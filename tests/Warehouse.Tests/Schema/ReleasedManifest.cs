namespace Warehouse.Tests.Schema;

/// <summary>db/migrations/released.sha256: one <c>&lt;sha256&gt;  &lt;engine&gt;/&lt;file&gt;</c> line per released script, as sha256sum writes it.</summary>
internal static class ReleasedManifest
{
    public static IReadOnlyDictionary<string, string> Read()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(RepositoryFiles.MigrationsDirectory, RepositoryFiles.ManifestFile);
        foreach (var line in File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)))
        {
            var parts = line.Split("  ", 2, StringSplitOptions.None);
            if (parts.Length != 2 || parts[0].Length != 64)
            {
                throw new InvalidOperationException($"{path}: '{line}' is not '<sha256>  <engine>/<file>'.");
            }
            if (!hashes.TryAdd(parts[1].TrimStart('*'), parts[0]))
            {
                throw new InvalidOperationException($"{path}: {parts[1]} is listed twice.");
            }
        }
        return hashes;
    }
}
