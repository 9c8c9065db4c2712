namespace Warehouse.Tests.Infrastructure;

/// <summary>The content of one fact table: its row count and the SHA-256 of its rows, normalised so that engines compare equal.</summary>
public sealed record FactChecksum(string Table, long Rows, string Sha256);
