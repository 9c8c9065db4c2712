namespace Warehouse.Loader.Runs;

/// <summary>What the audit records about a file when its load starts (etl_load_file).</summary>
public sealed record FileRecord(
    string DatasetId,
    string SourceKind,
    string Source,
    string? FileVariant,
    string? Sha256,
    long? Bytes,
    DateTimeOffset? SourceModified,
    DateTimeOffset? SourceDataProcessed,
    long? SourceRecordsCount,
    string? License,
    bool IsSynthetic);
