namespace Warehouse.Delivery;

/// <summary>What one run did for one recipient.</summary>
/// <param name="Kind">sent, already-sent (an earlier attempt or another instance did it), busy (another instance holds the claim) or failed.</param>
public sealed record RecipientOutcome(string Recipient, string Kind, string Detail)
{
    public const string SentKind = "sent";
    public const string AlreadySentKind = "already-sent";
    public const string BusyKind = "busy";
    public const string FailedKind = "failed";

    /// <summary>Whether the recipient still needs a delivery: the job must run again.</summary>
    public bool Pending => Kind is BusyKind or FailedKind;
}

/// <summary>The result of delivering one occurrence of a subscription.</summary>
public sealed record DeliveryReport(Subscription Subscription, string Occurrence, IReadOnlyList<DeliveredFile> Files, IReadOnlyList<RecipientOutcome> Recipients)
{
    public bool Complete => Recipients.All(r => !r.Pending);

    public string Summary => $"Subscription \"{Subscription.Name}\", {Occurrence}: "
        + string.Join("; ", Recipients.Select(r => $"{r.Recipient} {r.Kind}{(r.Detail.Length > 0 ? $" ({r.Detail})" : "")}"));
}
