using Hangfire;
using Hangfire.Server;
using Warehouse.Delivery;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Jobs;

/// <summary>
/// The Hangfire job of a subscription. A recipient that could not be reached makes the job throw, so the global retry filter
/// runs it again with backoff; recipients already sent are skipped then (the delivery journal remembers them). After the last
/// allowed retry, failed recipients are marked 'failed'.
/// </summary>
public sealed class DeliverSubscriptionJob(SubscriptionStore store, SubscriptionDelivery delivery, ServerOptions options, ILogger<DeliverSubscriptionJob> logger)
{
    /// <summary>A cron subscription's occurrence: the latest cron time at or before the job's creation, the same for every attempt and instance.</summary>
    [JobDisplayName("Deliver subscription {0} (schedule)")]
    public async Task<string> RunScheduledAsync(long subscriptionId, PerformContext? context, CancellationToken cancellationToken)
    {
        var subscription = await store.FindAsync(subscriptionId, cancellationToken);
        if (subscription?.Cron is null)
        {
            DeliveryLogMessages.SubscriptionGone(logger, subscriptionId, "its schedule");
            return $"Subscription {subscriptionId} no longer exists (or is no longer scheduled).";
        }
        var createdAt = context?.BackgroundJob.CreatedAt is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : DateTimeOffset.UtcNow;
        return await DeliverAsync(subscription, Occurrences.Cron(subscription.Cron, subscription.TimeZone!, createdAt), context, cancellationToken);
    }

    /// <summary>An after-load ("load:&lt;run id&gt;") or manual ("manual:&lt;time&gt;") occurrence.</summary>
    [JobDisplayName("Deliver subscription {0} ({1})")]
    public async Task<string> RunAsync(long subscriptionId, string occurrence, PerformContext? context, CancellationToken cancellationToken)
    {
        var subscription = await store.FindAsync(subscriptionId, cancellationToken);
        if (subscription is null)
        {
            DeliveryLogMessages.SubscriptionGone(logger, subscriptionId, occurrence);
            return $"Subscription {subscriptionId} no longer exists.";
        }
        return await DeliverAsync(subscription, occurrence, context, cancellationToken);
    }

    private async Task<string> DeliverAsync(Subscription subscription, string occurrence, PerformContext? context, CancellationToken cancellationToken)
    {
        var report = await delivery.DeliverAsync(subscription, occurrence, IsFinalAttempt(context), cancellationToken);
        if (!report.Complete)
        {
            DeliveryLogMessages.Incomplete(logger, report.Summary);
            throw new DeliveryIncompleteException(report.Summary);
        }
        DeliveryLogMessages.Delivered(logger, report.Summary);
        return report.Summary;
    }

    /// <summary>Hangfire counts retries in the "RetryCount" job parameter; the filter allows <see cref="ServerOptions.RetryAttempts"/> of them.</summary>
    private bool IsFinalAttempt(PerformContext? context) =>
        context is null || context.GetJobParameter<int>("RetryCount") >= options.RetryAttempts;
}

/// <summary>Some recipients of an occurrence were not reached: Hangfire retries the job.</summary>
public sealed class DeliveryIncompleteException(string message) : Exception(message);
