namespace Warehouse.Core;

/// <summary>Which engine and which database: everything needed to reach the warehouse.</summary>
public sealed record WarehouseSettings(EngineKind Engine, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/warehouse.db";

    /// <summary>The embedded default: a SQLite file under data/ in the working directory.</summary>
    public static WarehouseSettings DefaultSqlite(string workingDirectory) =>
        new(EngineKind.Sqlite, $"Data Source={Path.Combine(workingDirectory, DefaultSqlitePath)}");
}
