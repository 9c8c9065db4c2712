namespace Warehouse.Loader.Loading;

/// <summary>What happened to one file (or one API dataset) in a run.</summary>
public sealed record FileLoadResult(
    string? DatasetId,
    string Source,
    string Outcome,
    long RowsRead,
    long RowsLoaded,
    string? Release,
    TimeSpan Duration,
    string? Message);
