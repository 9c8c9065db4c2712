using System.Data.Common;
using DbUp.Builder;

namespace Warehouse.Core.Engines;

/// <summary>The few things that differ between engines: connections, database creation, DbUp wiring, how to name the database.</summary>
public interface IWarehouseEngine
{
    EngineKind Kind { get; }

    string Name => EngineNames.Of(Kind);

    /// <summary>Where the database is, for humans: a file path or host:port/database, never a password.</summary>
    string Location { get; }

    /// <summary>Opens a connection, turning "cannot reach" failures into one clear sentence.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the database itself exists (a missing database means every migration is pending).</summary>
    Task<bool> DatabaseExistsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates the database (or its folder) when missing and applies engine settings such as SQLite WAL.</summary>
    Task EnsureDatabaseAsync(CancellationToken cancellationToken = default);

    /// <summary>A DbUp builder for this engine, journaled to <c>schema_migrations</c>.</summary>
    UpgradeEngineBuilder CreateUpgradeBuilder();
}
