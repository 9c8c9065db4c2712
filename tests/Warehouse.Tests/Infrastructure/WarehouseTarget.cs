using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;

namespace Warehouse.Tests.Infrastructure;

/// <summary>A warehouse under test: an engine and a connection string, reached through the production engines.</summary>
public sealed record WarehouseTarget(EngineKind Engine, string ConnectionString)
{
    public static WarehouseTarget Sqlite(string path) => new(EngineKind.Sqlite, $"Data Source={path}");

    /// <summary>A SQLite file another process writes (a running server): read-only, no pooled connection kept open.</summary>
    public static WarehouseTarget SqliteReadOnly(string path) => new(EngineKind.Sqlite, $"Data Source={path};Mode=ReadOnly;Pooling=False");

    public IWarehouseEngine CreateEngine() => WarehouseEngines.Create(new WarehouseSettings(Engine, ConnectionString));

    public Task<DbConnection> OpenAsync() => CreateEngine().OpenAsync();

    public Task<IReadOnlyList<string>> MigrateAsync() => new Migrator(CreateEngine()).ApplyAsync();

    /// <summary>--engine and --connection for the command line.</summary>
    public IReadOnlyList<string> CliTarget() => WarehouseCli.Target(EngineNames.Of(Engine), ConnectionString);

    /// <summary>
    /// Closes this process's idle pooled connections to the warehouse, ending their server sessions (and any session lock
    /// a pooled connection still holds: see PostgresLoadLockTests).
    /// </summary>
    public void ClosePooledConnections()
    {
        if (Engine == EngineKind.PostgreSql)
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        else if (Engine == EngineKind.Sqlite)
        {
            using var connection = new SqliteConnection(ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>Loads a file or folder in-process with the production <see cref="LoadService"/>.</summary>
    public Task<LoadRunResult> LoadAsync(string path, LoadOptions? options = null, ILoadReporter? reporter = null) =>
        new LoadService(CreateEngine(), options ?? new LoadOptions(), reporter ?? new RecordingLoadReporter()).LoadPathAsync(path, LoadTrigger.Manual);
}
