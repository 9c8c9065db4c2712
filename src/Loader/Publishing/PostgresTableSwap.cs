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
internal sealed class PostgresTableSwap(DbConnection connection) : IFactPublisher
{
    private const int SwapAttempts = 20;
    private static readonly TimeSpan SwapLockTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The rows go straight into the table to swap in; only a duplicate check stages them (the file read again).</summary>
    public bool StagesRows => false;

    private static string NextTable(DatasetDefinition dataset) => dataset.FactTable + "_next";

    /// <summary>Creates the empty table the rows are copied into (a leftover of a killed load is dropped first).</summary>
    public async Task<StagingTable> PrepareAsync(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var next = NextTable(dataset);
        await DiscardAsync(dataset);
        await DbCommands.ExecuteAsync(connection,
            $"CREATE TABLE {next} (LIKE {dataset.FactTable} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS)");
        return StagingTable.For(dataset).AsFactTable(next);
    }

    /// <summary>Drops the table of a file that was not published (rejected, failed, or a killed load's leftover).</summary>
    public Task DiscardAsync(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return DbCommands.ExecuteAsync(connection, $"DROP TABLE IF EXISTS {NextTable(dataset)}");
    }

    /// <returns>False (nothing swapped; the caller rolls back) when a grain key repeats.</returns>
    public async Task<bool> ReplaceAsync(DatasetDefinition dataset, long loadFileId, DbTransaction transaction)
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
        await SwapAsync(transaction, dataset.FactTable, next);
        return true;
    }

    /// <summary>
    /// The renames, with the dataset's view re-pointed at the new table. A reader locks the view, then the table: the swap
    /// takes them in that order too (else each would wait for the other: a deadlock PostgreSQL breaks by killing one).
    /// </summary>
    private async Task SwapAsync(DbTransaction transaction, string fact, string next)
    {
        Task Run(string sql) => DbCommands.ExecuteAsync(connection, sql, transaction);
        var old = fact + "_old";
        var view = ViewFiles.For(Core.EngineKind.PostgreSql).Single(v => v.Name == "rpt_" + fact["fact_".Length..]);
        for (var attempt = 1; ; attempt++)
        {
            await Run("SAVEPOINT swap");
            try
            {
                await Run($"SET LOCAL lock_timeout = '{(int)SwapLockTimeout.TotalMilliseconds}ms'");
                await Run($"LOCK TABLE {view.Name}, {fact} IN ACCESS EXCLUSIVE MODE");
                await Run("SET LOCAL lock_timeout = 0");
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < SwapAttempts)
            {
                await Run("ROLLBACK TO SAVEPOINT swap");
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
        await Run($"ALTER TABLE {fact} RENAME TO {old}");
        await Run($"ALTER TABLE {next} RENAME TO {fact}");
        // The view follows the table it was created on: point it at the new one before the old one goes.
        await Run(RepeatableScripts.CreateView(Core.EngineKind.PostgreSql, view));
        await Run($"""
            DO $$ BEGIN
                EXECUTE format('COMMENT ON TABLE {fact} IS %L', obj_description('{old}'::regclass, 'pg_class'));
            END $$
            """);
        await Run($"DROP TABLE {old}");
        await Run($"ALTER INDEX {next}_pkey RENAME TO {fact}_pkey");
    }
}
