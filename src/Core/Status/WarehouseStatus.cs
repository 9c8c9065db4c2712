namespace Warehouse.Core.Status;

/// <summary>What `warehouse status` reports: where the warehouse is, its schema and its contents.</summary>
public sealed record WarehouseStatus(
    string Engine,
    string Location,
    bool DatabaseExists,
    IReadOnlyList<string> AppliedMigrations,
    IReadOnlyList<string> PendingMigrations,
    IReadOnlyList<FactRowCount> Facts,
    LastLoad? LastLoad);

/// <summary>Row count of one dataset's fact table.</summary>
public sealed record FactRowCount(string DatasetId, string FactTable, long Rows);

/// <summary>The most recent load run.</summary>
public sealed record LastLoad(long RunId, string Trigger, string StartedAt, string? FinishedAt, string Outcome, string? Message);
