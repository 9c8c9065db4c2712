using System.Data.Common;
using Npgsql;
using Warehouse.Core.Migrations;
using Warehouse.Core.Sql;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Staging;

namespace Warehouse.Loader.Publishing;

/// <summary>
/// PostgreSQL's publish, at COPY speed: the parsed rows are copied once, straight into a fresh table of the fact's columns
/// that has no index while it fills; once the file is valid that table gets its primary key (one sort, instead of millions
/// of index insertions), its statistics, and is swapped in by two renames. Readers keep the previous data until the swap
/// commits and wait only for the swap itself: it takes its lock with a short lock_timeout and tries again, so a long query
/// never makes the others queue behind the load.
/// </summary>
internal static class PostgresTableSwap
{
    private const int SwapAttempts = 20;
    private static readonly TimeSpan SwapLockTimeout = TimeSpan.FromSeconds(2);

    public static string NextTable(DatasetDefinition dataset) => dataset.FactTable + "_next";

    /// <summary>Creates the empty table the rows are copied into (a leftover of a killed load is dropped first).</summary>
    public static async Task<StagingTable> PrepareAsync(DbConnection connection, DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var next = NextTable(dataset);
        await DiscardAsync(connection, dataset);
        await DbCommands.ExecuteAsync(connection,
            $"CREATE TABLE {next} (LIKE {dataset.FactTable} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS)");
        return StagingTable.For(dataset).AsFactTable(next);
    }

    /// <summary>Drops the table of a file that was not published (rejected, failed, or a killed load's leftover).</summary>
    public static Task DiscardAsync(DbConnection connection, DatasetDefinition dataset) =>
        DbCommands.ExecuteAsync(connection, $"DROP TABLE IF EXISTS {NextTable(dataset)}");

    /// <returns>False (nothing swapped; the caller rolls back) when a grain key repeats.</returns>
    public static async Task<bool> PublishAsync(DbConnection connection, DbTransaction transaction, DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var next = NextTable(dataset);
        try
        {
            await DbCommands.ExecuteAsync(connection, $"ALTER TABLE {next} ADD CONSTRAINT {next}_pkey PRIMARY KEY ({string.Join(", ", dataset.GrainColumns)})", transaction);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
        await DbCommands.ExecuteAsync(connection, $"ANALYZE {next}", transaction);
        await SwapAsync(connection, transaction, dataset.FactTable, next);
        return true;
    }

    private static async Task SwapAsync(DbConnection connection, DbTransaction transaction, string fact, string next)
    {
        Task Run(string sql) => DbCommands.ExecuteAsync(connection, sql, transaction);
        var old = fact + "_old";
        for (var attempt = 1; ; attempt++)
        {
            await Run("SAVEPOINT swap");
            try
            {
                await Run($"SET LOCAL lock_timeout = '{(int)SwapLockTimeout.TotalMilliseconds}ms'");
                await Run($"ALTER TABLE {fact} RENAME TO {old}");
                await Run("SET LOCAL lock_timeout = 0");
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < SwapAttempts)
            {
                await Run("ROLLBACK TO SAVEPOINT swap");
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
        await Run($"ALTER TABLE {next} RENAME TO {fact}");
        // The views follow the table they were created on: point them at the new one before the old one goes.
        foreach (var view in ViewFiles.For(Core.EngineKind.PostgreSql))
        {
            await Run(RepeatableScripts.CreateView(Core.EngineKind.PostgreSql, view));
        }
        await Run($"""
            DO $$ BEGIN
                EXECUTE format('COMMENT ON TABLE {fact} IS %L', obj_description('{old}'::regclass, 'pg_class'));
            END $$
            """);
        await Run($"DROP TABLE {old}");
        await Run($"ALTER INDEX {next}_pkey RENAME TO {fact}_pkey");
    }
}
