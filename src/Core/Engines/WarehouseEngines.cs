namespace Warehouse.Core.Engines;

/// <summary>Creates the engine named by the settings.</summary>
public static class WarehouseEngines
{
    public const string JournalTable = "schema_migrations";

    public static IWarehouseEngine Create(WarehouseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Engine switch
        {
            EngineKind.Sqlite => new SqliteEngine(settings.ConnectionString),
            EngineKind.PostgreSql => new PostgreSqlEngine(settings.ConnectionString),
            EngineKind.SqlServer => new SqlServerEngine(settings.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Engine, "Unknown engine."),
        };
    }
}
