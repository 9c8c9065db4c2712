using Hangfire;
using Hangfire.Storage;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;
using Warehouse.Scheduler.Jobs;

namespace Warehouse.Scheduler.Health;

/// <summary>
/// Reads /health cheaply (no fact counts): unhealthy when the warehouse does not answer or no Hangfire server is alive,
/// degraded when the last load or a job failed, healthy otherwise. /health is anonymous: the warehouse is asked at most once per
/// <see cref="DatabaseCheckEvery"/>, however many ask.
/// </summary>
public sealed class HealthReader(IWarehouseEngine engine, JobStorage storage) : IDisposable
{
    public static readonly TimeSpan DatabaseCheckEvery = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _checking = new(1, 1);
    private volatile Checked? _last;

    public void Dispose() => _checking.Dispose();

    public async Task<HealthReport> ReadAsync(CancellationToken cancellationToken)
    {
        var (database, lastLoad) = await CachedDatabaseAsync(cancellationToken);
        var hangfire = Hangfire();
        var refresh = Refresh();
        var status = database.Status != HealthStatus.Healthy || hangfire.Servers == 0 ? HealthStatus.Unhealthy
            : hangfire.Failed > 0 || lastLoad?.Outcome is "failed" or "rejected" or "interrupted" || refresh?.LastJobState == "Failed" ? HealthStatus.Degraded
            : HealthStatus.Healthy;
        return new HealthReport(status, database, hangfire with { Status = hangfire.Servers == 0 ? HealthStatus.Unhealthy : hangfire.Failed > 0 ? HealthStatus.Degraded : HealthStatus.Healthy }, lastLoad, refresh);
    }

    private async Task<(DatabaseHealth Database, LoadHealth? LastLoad)> CachedDatabaseAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_last) is { } recent)
        {
            return (recent.Database, recent.LastLoad);
        }
        await _checking.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_last) is { } meanwhile)
            {
                return (meanwhile.Database, meanwhile.LastLoad);
            }
            var (database, load) = await DatabaseAsync(cancellationToken);
            var checkedNow = new Checked(database with { CheckedAt = DateTimeOffset.UtcNow }, load);
            _last = checkedNow;
            return (checkedNow.Database, checkedNow.LastLoad);
        }
        finally
        {
            _checking.Release();
        }
    }

    private static Checked? Fresh(Checked? last) =>
        last is not null && DateTimeOffset.UtcNow - last.Database.CheckedAt < DatabaseCheckEvery ? last : null;

    private sealed record Checked(DatabaseHealth Database, LoadHealth? LastLoad);

    private async Task<(DatabaseHealth, LoadHealth?)> DatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await engine.OpenAsync(cancellationToken);
            var version = (string?)await DbCommands.ScalarAsync(connection, SqlFiles.Read("reports/schema_version.sql"));
            var load = await LoadRuns.LastAsync(connection, engine.Kind, cancellationToken);
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
