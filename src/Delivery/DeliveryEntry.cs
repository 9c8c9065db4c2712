namespace Warehouse.Delivery;

/// <summary>One row of the delivery journal: one recipient of one occurrence of a subscription, and how its delivery went.</summary>
public sealed record DeliveryEntry(
    long DeliveryId,
    long SubscriptionId,
    string SubscriptionName,
    string Occurrence,
    string Recipient,
    string Channel,
    string Status,
    int Attempts,
    string? LastError,
    string? ClaimedBy,
    string CreatedAt,
    string UpdatedAt,
    string? SentAt);

/// <summary>Filters of the delivery journal; null means any.</summary>
public sealed record DeliveryQuery(string? Subscription = null, string? Status = null, string? Occurrence = null, int Limit = 100);

/// <summary>The statuses of app_delivery.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Retrying = "retrying";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Pending, Sending, Sent, Retrying, Failed];
}
