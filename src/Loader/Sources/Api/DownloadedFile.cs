namespace Warehouse.Loader.Sources.Api;

/// <summary>A complete CSV export on disk: <paramref name="Path"/> is <c>{DatasetId}.csv</c> in the target directory.</summary>
/// <param name="Sha256">SHA-256 of the file's bytes, lowercase hex.</param>
/// <param name="Bytes">The file's length.</param>
public sealed record DownloadedFile(string DatasetId, string Path, Uri SourceUrl, string Sha256, long Bytes);
