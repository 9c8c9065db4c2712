using Microsoft.Extensions.Logging;

namespace Warehouse.Delivery;

/// <summary>The delivery's structured log events (never an SMTP password).</summary>
internal static partial class DeliveryLogMessages
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    public static partial void Delivered(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Summary}")]
    public static partial void Incomplete(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} no longer exists: nothing to deliver for {Occurrence}")]
    public static partial void SubscriptionGone(ILogger logger, long subscriptionId, string occurrence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscriptions: {Recurring} recurring jobs in place, {Removed} removed")]
    public static partial void Synced(ILogger logger, int recurring, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscriptions could not be turned into recurring jobs: {Reason}")]
    public static partial void SyncFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Load run {RunId} brought new data: {Count} after-load subscriptions enqueued")]
    public static partial void AfterLoadEnqueued(ILogger logger, long runId, int count);
}
