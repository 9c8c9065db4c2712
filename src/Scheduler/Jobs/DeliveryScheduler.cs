using Hangfire;
using Hangfire.Storage;
using Warehouse.Delivery;

namespace Warehouse.Scheduler.Jobs;

/// <summary>
/// Turns subscriptions into Hangfire jobs: one recurring job "subscription-&lt;id&gt;" per cron subscription (kept in step with
/// the table: added, changed, removed), and after a load that brought new data, one job per after-load subscription.
/// </summary>
public sealed class DeliveryScheduler(
    SubscriptionStore store, IRecurringJobManager recurringJobs, IBackgroundJobClient jobs, JobStorage storage, ILogger<DeliveryScheduler> logger)
{
    public async Task EnqueueAfterLoadAsync(long loadRunId, CancellationToken cancellationToken)
    {
        var subscriptions = (await store.ListAsync(cancellationToken)).Where(s => s.AfterLoad).ToList();
        var occurrence = Occurrences.AfterLoad(loadRunId);
        foreach (var subscription in subscriptions)
        {
            var id = subscription.Id;
            jobs.Enqueue<DeliverSubscriptionJob>(job => job.RunAsync(id, occurrence, null, CancellationToken.None));
        }
        DeliveryLogMessages.AfterLoadEnqueued(logger, loadRunId, subscriptions.Count);
    }

    /// <summary>Enqueues a manual occurrence now; returns the occurrence name.</summary>
    public string EnqueueManual(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var id = subscription.Id;
        var occurrence = Occurrences.Manual(DateTimeOffset.UtcNow);
        jobs.Enqueue<DeliverSubscriptionJob>(job => job.RunAsync(id, occurrence, null, CancellationToken.None));
        return occurrence;
    }

    public async Task SyncRecurringJobsAsync(CancellationToken cancellationToken)
    {
        var scheduled = (await store.ListAsync(cancellationToken)).Where(s => s.Cron is not null).ToList();
        foreach (var subscription in scheduled)
        {
            var id = subscription.Id;
            recurringJobs.AddOrUpdate<DeliverSubscriptionJob>(subscription.RecurringJobId, job => job.RunScheduledAsync(id, null, CancellationToken.None),
                subscription.Cron, new RecurringJobOptions { TimeZone = SubscriptionValidator.FindTimeZone(subscription.TimeZone!) });
        }
        var wanted = scheduled.Select(s => s.RecurringJobId).ToHashSet(StringComparer.Ordinal);
        List<string> stale;
        using (var connection = storage.GetConnection())
        {
            stale = connection.GetRecurringJobs()
                .Select(job => job.Id)
                .Where(jobId => jobId.StartsWith(Subscription.RecurringJobPrefix, StringComparison.Ordinal) && !wanted.Contains(jobId))
                .ToList();
        }
        foreach (var jobId in stale)
        {
            recurringJobs.RemoveIfExists(jobId);
        }
        DeliveryLogMessages.Synced(logger, scheduled.Count, stale.Count);
    }
}
