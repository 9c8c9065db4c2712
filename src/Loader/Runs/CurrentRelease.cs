namespace Warehouse.Loader.Runs;

/// <summary>The release whose rows are live for a dataset: what the file hash and the source metadata were.</summary>
public sealed record CurrentRelease(string DatasetId, long LoadFileId, string? Sha256, string? DataProcessed, long? RecordsCount);
