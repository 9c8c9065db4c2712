using Hangfire;
using Hangfire.Storage;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;
using Warehouse.Scheduler.Jobs;

namespace Warehouse.Scheduler.Server.Health;

/// <summary>
/// Reads /health cheaply (no fact counts): unhealthy when the warehouse does not answer or no Hangfire server is alive,
/// degraded when the last load or a job failed, healthy otherwise.
/// </summary>
public sealed class HealthReader(IWarehouseEngine engine, JobStorage storage)
{
    public async Task<HealthReport> ReadAsync(CancellationToken cancellationToken)
    {
        var (database, lastLoad) = await DatabaseAsync(cancellationToken);
        var hangfire = Hangfire();
        var refresh = Refresh();
        var status = database.Status != HealthStatus.Healthy || hangfire.Servers == 0 ? HealthStatus.Unhealthy
            : hangfire.Failed > 0 || lastLoad?.Outcome is "failed" or "rejected" or "interrupted" || refresh?.LastJobState == "Failed" ? HealthStatus.Degraded
            : HealthStatus.Healthy;
        return new HealthReport(status, database, hangfire with { Status = hangfire.Servers == 0 ? HealthStatus.Unhealthy : hangfire.Failed > 0 ? HealthStatus.Degraded : HealthStatus.Healthy }, lastLoad, refresh);
    }

    private async Task<(DatabaseHealth, LoadHealth?)> DatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await engine.OpenAsync(cancellationToken);
            var top = engine.Kind == EngineKind.SqlServer ? "TOP (1) " : "";
            var limit = engine.Kind == EngineKind.SqlServer ? "" : " LIMIT 1";
            var version = (string?)await DbCommands.ScalarAsync(connection, "SELECT MAX(ScriptName) FROM schema_migrations");
            LoadHealth? load = null;
            await using (var command = DbCommands.Create(connection,
                $"SELECT {top}load_run_id, trigger_kind, outcome, started_at, finished_at, message FROM etl_load_run ORDER BY load_run_id DESC{limit}"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    load = new LoadHealth(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), DbValues.Timestamp(reader.GetValue(3))!,
                        DbValues.Timestamp(reader.GetValue(4)), reader.IsDBNull(5) ? null : reader.GetString(5), null);
                }
            }
            if (load is not null)
            {
                var succeeded = await DbCommands.ScalarAsync(connection, "SELECT MAX(finished_at) FROM etl_load_run WHERE outcome = 'succeeded'");
                load = load with { LastSucceededAt = DbValues.Timestamp(succeeded) };
            }
            return (new DatabaseHealth(HealthStatus.Healthy, engine.Name, version, null), load);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or WarehouseException or InvalidOperationException or TimeoutException)
        {
            // The message says what failed (host, refused, unknown database); connection strings are never part of it.
            return (new DatabaseHealth(HealthStatus.Unhealthy, engine.Name, null, e.Message), null);
        }
    }

    private HangfireHealth Hangfire()
    {
        var monitoring = storage.GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        return new HangfireHealth(HealthStatus.Healthy, statistics.Servers, statistics.Enqueued, statistics.Processing, statistics.Scheduled, statistics.Failed);
    }

    private RefreshHealth? Refresh()
    {
        using var connection = storage.GetConnection();
        var job = connection.GetRecurringJobs([RefreshWarehouseJob.RecurringJobId]).FirstOrDefault(j => !j.Removed);
        return job is null ? null : new RefreshHealth(job.Cron, job.TimeZoneId, job.NextExecution, job.LastExecution, job.LastJobState);
    }
}
