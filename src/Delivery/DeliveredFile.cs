namespace Warehouse.Delivery;

/// <summary>A rendered file of one occurrence, as archived (the history row every recipient is pointed to).</summary>
/// <param name="Subject">What the file is about in words: "Bretagne (R53)" or "Infirmiers".</param>
public sealed record DeliveredFile(long ArchiveId, string Title, string Subject, string FileName, string ContentType, byte[] Content, string DataRelease, DateTimeOffset GeneratedAt);
