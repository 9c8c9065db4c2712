using Hangfire;
using Warehouse.Core.Engines;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Jobs;

/// <summary>
/// refresh-warehouse: checks every dataset for a new release and loads what changed (the loader's code, audited like a
/// command-line load). A failed or rejected run throws, so Hangfire retries it with backoff and then shows it failed.
/// A run that brought new data starts the "after each load" subscriptions and the warm-up of the briefings.
/// </summary>
public sealed partial class RefreshWarehouseJob(
    IWarehouseEngine engine, ServerOptions options, IConfiguration configuration, DeliveryScheduler deliveries, IBackgroundJobClient jobs, ILogger<RefreshWarehouseJob> logger)
{
    public const string RecurringJobId = "refresh-warehouse";

    /// <summary>
    /// No Hangfire lock on top of the loader's: the loader's lock dies with its connection or process, whereas a Hangfire lock
    /// left by a database outage blocked every retry until it expired. A refresh waits for a running load
    /// (Warehouse:Refresh:LockWaitSeconds, default 10 minutes), then fails and is retried.
    /// </summary>
    [JobDisplayName("Refresh the warehouse (trigger: {0})")]
    public async Task<string> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var loadTrigger = trigger == "manual" ? LoadTrigger.Manual : LoadTrigger.Schedule;
        var loadOptions = new LoadOptions
        {
            LockTimeout = TimeSpan.FromSeconds(configuration.GetValue("Warehouse:Refresh:LockWaitSeconds", 600)),
        };
        var service = new LoadService(engine, loadOptions, new LoggingLoadReporter(logger));
        var run = options.RefreshFolder is null
            ? await ExploreApiSettings.LoadAsync(service, configuration, null, loadTrigger, cancellationToken)
            : await service.LoadPathAsync(options.RefreshFolder, loadTrigger, cancellationToken);
        var loaded = run.Files.Where(f => f.Outcome == LoadOutcome.Loaded).Select(f => f.DatasetId).ToList();
        var summary = $"Load run {run.RunId}: {run.Outcome}; new data in {(loaded.Count == 0 ? "no dataset" : string.Join(", ", loaded))}.";
        if (run.Outcome is LoadOutcome.Failed or LoadOutcome.Rejected)
        {
            var reasons = string.Join(" ", run.Files.Where(f => f.Outcome is LoadOutcome.Failed or LoadOutcome.Rejected).Select(f => $"{f.DatasetId ?? f.Source}: {f.Message}"));
            throw new LoadRunFailedException($"{summary} {reasons}");
        }
        Refreshed(logger, summary);
        if (loaded.Count > 0)
        {
            await deliveries.EnqueueAfterLoadAsync(run.RunId, cancellationToken);
            jobs.Enqueue<WarmBriefingsJob>(job => job.EnqueueAllAsync($"load run {run.RunId}", CancellationToken.None));
        }
        return summary;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private static partial void Refreshed(ILogger logger, string summary);
}

/// <summary>A refresh whose load run failed or was rejected: Hangfire retries it, then shows it failed.</summary>
public sealed class LoadRunFailedException(string message) : Exception(message);
