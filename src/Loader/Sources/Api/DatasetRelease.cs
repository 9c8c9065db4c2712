namespace Warehouse.Loader.Sources.Api;

/// <summary>
/// What the catalog says about the current publication of a dataset (<c>metas.default</c>, docs/data-format.md §7).
/// Any field the portal leaves out or sets to null is null here.
/// </summary>
public sealed record DatasetRelease(
    string DatasetId,
    string? Title,
    DateTimeOffset? Modified,
    DateTimeOffset? DataProcessed,
    long? RecordsCount,
    string? License);
