namespace Warehouse.Delivery.Reporting;

/// <summary>One row of the report history: a file the server rendered, what it was made from, who asked.</summary>
public sealed record ArchivedReport(
    long ArchiveId,
    string Report,
    string Parameters,
    string Format,
    string FileName,
    string ContentType,
    long Bytes,
    string Sha256,
    string DataRelease,
    string SchemaVersion,
    bool IsSynthetic,
    string RenderedAt,
    string? RenderedBy,
    long? SubscriptionId,
    string? Occurrence);
