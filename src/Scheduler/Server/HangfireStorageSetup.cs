using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Warehouse.Core;
using Warehouse.Delivery.Reporting;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Server;

/// <summary>
/// Hangfire keeps its jobs next to the warehouse, in the same engine: a SQLite file beside the warehouse file
/// (its own file: Hangfire's tables stay out of the warehouse SQL tools see), the "hangfire" schema of the
/// PostgreSQL or SQL Server warehouse database. Jobs therefore survive a restart, and instances sharing a
/// PostgreSQL warehouse share one schedule.
/// </summary>
internal static class HangfireStorageSetup
{
    public const string Schema = "hangfire";

    public static IGlobalConfiguration UseWarehouseStorage(this IGlobalConfiguration configuration, WarehouseSettings settings, ServerOptions options) => settings.Engine switch
    {
        EngineKind.Sqlite => configuration.UseSQLiteStorage(PrivateSqliteStorage(settings), new SQLiteStorageOptions
        {
            // The SQLite storage polls its queue; the default 15 s would make "Trigger now" feel broken.
            QueuePollInterval = TimeSpan.FromSeconds(Math.Min(1, options.PollInterval.TotalSeconds)),
            InvisibilityTimeout = options.InvisibilityTimeout,
        }),
        EngineKind.PostgreSql => configuration.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(settings.ConnectionString), new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            QueuePollInterval = options.PollInterval,
            PrepareSchemaIfNecessary = true,
            // A job whose server died is fetched again after this; a live server keeps extending it while the job runs.
            InvisibilityTimeout = options.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
        }),
        EngineKind.SqlServer => configuration.UseSqlServerStorage(settings.ConnectionString, new SqlServerStorageOptions
        {
            SchemaName = Schema,
            QueuePollInterval = options.PollInterval,
            PrepareSchemaIfNecessary = true,
            SlidingInvisibilityTimeout = options.InvisibilityTimeout,
            SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(settings)),
    };

    /// <summary>The Hangfire SQLite file, created 0600 before Hangfire would create it 0644 (it holds job arguments and history).</summary>
    private static string PrivateSqliteStorage(WarehouseSettings settings)
    {
        var path = SqliteStoragePath(settings);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ServiceFiles.CreateFileIfMissing(path);
        return path;
    }

    /// <summary>data/warehouse.db → data/warehouse.hangfire.db.</summary>
    public static string SqliteStoragePath(WarehouseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var source = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        return Path.ChangeExtension(Path.GetFullPath(source), ".hangfire.db");
    }
}
