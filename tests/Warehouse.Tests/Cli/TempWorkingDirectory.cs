namespace Warehouse.Tests.Cli;

/// <summary>
/// An empty working directory for runs of the CLI, deleted with everything the CLI wrote into it.
/// Tests open the databases in it without pooling, so nothing keeps its files open.
/// </summary>
internal sealed class TempWorkingDirectory : IDisposable
{
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"warehouse-cli-{Guid.NewGuid():N}")).FullName;

    /// <summary>Where the CLI puts its SQLite warehouse by default: data/warehouse.db under the working directory.</summary>
    public string DefaultDatabase => PathOf("data", "warehouse.db");

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public IReadOnlyList<string> Entries() =>
        Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup would hide the real result.
        }
    }
}
