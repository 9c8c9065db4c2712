using System.Data.Common;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;

namespace Warehouse.Scheduler.Health;

/// <summary>One load run as the API lists it.</summary>
public sealed record LoadRun(long RunId, string Trigger, string Outcome, string StartedAt, string? FinishedAt, string? Message);

/// <summary>Reads etl_load_run, newest first.</summary>
public static class LoadRuns
{
    /// <summary>The last run and when a run last succeeded: what /health and the portal's freshness show.</summary>
    public static async Task<LoadHealth?> LastAsync(DbConnection connection, EngineKind engine, CancellationToken cancellationToken)
    {
        var last = (await ListAsync(connection, engine, 1, cancellationToken)).FirstOrDefault();
        if (last is null)
        {
            return null;
        }
        var succeeded = await DbCommands.ScalarAsync(connection, "SELECT MAX(finished_at) FROM etl_load_run WHERE outcome = 'succeeded'");
        return new LoadHealth(last.RunId, last.Trigger, last.Outcome, last.StartedAt, last.FinishedAt, last.Message, DbValues.Timestamp(succeeded));
    }

    public static async Task<List<LoadRun>> ListAsync(IWarehouseEngine engine, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        await using var connection = await engine.OpenAsync(cancellationToken);
        return await ListAsync(connection, engine.Kind, limit, cancellationToken);
    }

    private static async Task<List<LoadRun>> ListAsync(DbConnection connection, EngineKind engine, int limit, CancellationToken cancellationToken)
    {
        var (sql, _) = SqlDialect.For(engine).NewestRows("load_run_id, trigger_kind, outcome, started_at, finished_at, message", "etl_load_run", "load_run_id", limit);
        return await DbCommands.QueryAsync(connection, sql, reader => new LoadRun(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
            DbValues.Timestamp(reader.GetValue(3))!, DbValues.Timestamp(reader.GetValue(4)), reader.IsDBNull(5) ? null : reader.GetString(5)), cancellationToken);
    }
}
