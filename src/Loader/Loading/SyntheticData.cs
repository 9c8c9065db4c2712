namespace Warehouse.Loader.Loading;

/// <summary>
/// How the loader tells our synthetic files from the publication: a marker file beside them (the CSV format has no room for
/// one). Their loads are flagged synthetic in the audit, and they never teach the warehouse a code.
/// </summary>
public static class SyntheticData
{
    public const string MarkerFileName = "SYNTHETIC.txt";

    /// <summary>Whether the file sits beside the marker.</summary>
    public static bool IsMarked(string path) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", MarkerFileName));
}
