using Warehouse.Delivery;

namespace Warehouse.Scheduler.Cli;

/// <summary>What `warehouse subscription` prints: plain lines, one subscription or recipient per line.</summary>
internal static class SubscriptionPrinter
{
    public static async Task PrintAddedAsync(Subscription subscription, TextWriter output)
    {
        await output.WriteLineAsync($"Added subscription \"{subscription.Name}\" (id {subscription.Id}): {Describe(subscription)}.");
        await output.WriteLineAsync(subscription.AfterLoad
            ? "A running server delivers it after each load that brings new data."
            : "A running server schedules it within 30 seconds; `warehouse subscription run-now` delivers it at once.");
    }

    public static async Task PrintListAsync(IReadOnlyList<Subscription> subscriptions, TextWriter output)
    {
        if (subscriptions.Count == 0)
        {
            await output.WriteLineAsync("No subscriptions.");
            return;
        }
        foreach (var subscription in subscriptions)
        {
            await output.WriteLineAsync($"{subscription.Name} (id {subscription.Id}): {Describe(subscription)}");
        }
    }

    public static async Task PrintDeliveryAsync(DeliveryReport report, TextWriter output)
    {
        foreach (var file in report.Files)
        {
            await output.WriteLineAsync($"Rendered {file.FileName} ({file.Content.Length / 1024:N0} KB, history #{file.ArchiveId}): {file.Title}, données {file.DataRelease}.");
        }
        foreach (var recipient in report.Recipients)
        {
            var verb = recipient.Kind switch
            {
                RecipientOutcome.SentKind => "delivered to",
                RecipientOutcome.AlreadySentKind => "already delivered to",
                RecipientOutcome.BusyKind => "being delivered by another instance to",
                _ => "FAILED for",
            };
            await output.WriteLineAsync($"{report.Occurrence}: {verb} {recipient.Recipient}{(recipient.Detail.Length > 0 ? $" — {recipient.Detail}" : "")}");
        }
    }

    private static string Describe(Subscription s) =>
        $"{s.Report} {string.Join(" ", s.Parameters.Select(p => $"{p.Key}={p.Value}"))}, {string.Join("+", s.Formats)}, {s.ScheduleText}, "
        + $"{s.Channel} to {string.Join(", ", s.Recipients)}";
}
