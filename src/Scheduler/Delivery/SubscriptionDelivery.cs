using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Reports.Catalogue;
using Warehouse.Scheduler.Reporting;
using Warehouse.Scheduler.Server;

namespace Warehouse.Scheduler.Delivery;

/// <summary>
/// Delivers one occurrence of a subscription: renders each format once (the archive keeps the first render of an occurrence;
/// every recipient gets that file), then for each recipient claims the delivery in the log and sends it — at most once per
/// (subscription, occurrence, recipient), whatever retries, restarts or other instances do. Used by the Hangfire job and by
/// `warehouse subscription run-now`.
/// </summary>
public sealed class SubscriptionDelivery(
    IWarehouseEngine engine, ReportRenderer renderer, ReportArchive archive, DeliveryLog log, DeliveryOptions options, ServerOptions serverOptions,
    SmtpSender smtp, FolderSender folders)
{
    /// <summary>Who claims deliveries: this process on this machine.</summary>
    public static string InstanceId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <param name="finalAttempt">Whether a failure now is final ('failed') rather than retried later ('retrying').</param>
    public async Task<DeliveryReport> DeliverAsync(Subscription subscription, string occurrence, bool finalAttempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var entries = new List<DeliveryEntry>();
        foreach (var recipient in subscription.Recipients)
        {
            entries.Add(await log.EnsureAsync(subscription, occurrence, recipient, cancellationToken));
        }
        if (entries.All(e => e.Status == DeliveryStatus.Sent))
        {
            return new DeliveryReport(subscription, occurrence, [], entries.Select(AlreadySent).ToList());
        }
        var files = await RenderAsync(subscription, occurrence, cancellationToken);
        var outcomes = new List<RecipientOutcome>();
        foreach (var entry in entries)
        {
            outcomes.Add(entry.Status == DeliveryStatus.Sent ? AlreadySent(entry) : await DeliverOneAsync(subscription, occurrence, entry, files, finalAttempt, cancellationToken));
        }
        return new DeliveryReport(subscription, occurrence, files, outcomes);
    }

    private static RecipientOutcome AlreadySent(DeliveryEntry entry) => new(entry.Recipient, RecipientOutcome.AlreadySentKind, entry.SentAt ?? "");

    private async Task<RecipientOutcome> DeliverOneAsync(
        Subscription subscription, string occurrence, DeliveryEntry entry, IReadOnlyList<DeliveredFile> files, bool finalAttempt, CancellationToken cancellationToken)
    {
        if (!await log.TryClaimAsync(entry.DeliveryId, InstanceId, options.Lease, cancellationToken))
        {
            var now = await log.FindAsync(entry.DeliveryId, cancellationToken);
            return now.Status == DeliveryStatus.Sent
                ? AlreadySent(now)
                : new RecipientOutcome(entry.Recipient, RecipientOutcome.BusyKind, $"being delivered by {now.ClaimedBy}");
        }
        KillPoints.Reach(KillPoints.DeliveryClaimed);
        string detail;
        try
        {
            if (subscription.Channel == Subscription.EmailChannel)
            {
                await smtp.SendAsync(EmailComposer.Compose(subscription, occurrence, entry.Recipient, files, options, serverOptions.PublicUrl), cancellationToken);
                detail = string.Join(", ", files.Select(f => f.FileName));
            }
            else
            {
                detail = string.Join(", ", await folders.DeliverAsync(entry.Recipient, occurrence, files, cancellationToken));
            }
        }
        catch (Exception e) when (e is DeliveryFailedException or WarehouseException)
        {
            await log.MarkFailedAttemptAsync(entry.DeliveryId, e.Message, finalAttempt, CancellationToken.None);
            return new RecipientOutcome(entry.Recipient, RecipientOutcome.FailedKind, e.Message);
        }
        await RecordSentAsync(entry.DeliveryId);
        return new RecipientOutcome(entry.Recipient, RecipientOutcome.SentKind, detail);
    }

    /// <summary>
    /// Sent: that must be recorded, never taken for a failed send (which would send it again). When the warehouse does not
    /// answer, keep trying while the claim's lease holds; past it, give up (the job fails; another claim after the lease is
    /// the one case that can send twice). Not cancellable: the job being stopped does not unsend the message.
    /// </summary>
    private async Task RecordSentAsync(long deliveryId)
    {
        var deadline = DateTimeOffset.UtcNow + options.Lease / 2;
        for (var delay = TimeSpan.FromSeconds(1); ; delay = TimeSpan.FromSeconds(Math.Min(5, delay.TotalSeconds * 2)))
        {
            try
            {
                await log.MarkSentAsync(deliveryId, CancellationToken.None);
                return;
            }
            catch (Exception e) when ((e is System.Data.Common.DbException or WarehouseException or InvalidOperationException) && DateTimeOffset.UtcNow + delay < deadline)
            {
                await Task.Delay(delay, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// One file per format. The archive row of (subscription, occurrence, format) is unique: when another attempt or instance
    /// archived it first, its file (same data, same parameters) is the one delivered, so every recipient gets the same bytes.
    /// </summary>
    private async Task<List<DeliveredFile>> RenderAsync(Subscription subscription, string occurrence, CancellationToken cancellationToken)
    {
        var subject = await SubjectAsync(subscription, cancellationToken);
        var files = new List<DeliveredFile>();
        foreach (var order in subscription.Orders)
        {
            var rendered = await renderer.RenderAsync(order, cancellationToken);
            var archived = await archive.AddAsync(rendered, $"subscription:{subscription.Name}", subscription.Id, occurrence, cancellationToken: cancellationToken);
            var content = rendered.Content;
            if (archived.Sha256 != rendered.Sha256 && archive.OpenFile(archived) is { } stored)
            {
                await using (stored)
                using (var buffer = new MemoryStream())
                {
                    await stored.CopyToAsync(buffer, cancellationToken);
                    content = buffer.ToArray();
                }
            }
            var generatedAt = DateTimeOffset.Parse(archived.RenderedAt, System.Globalization.CultureInfo.InvariantCulture);
            files.Add(new DeliveredFile(archived.ArchiveId, rendered.Title, subject, archived.FileName, archived.ContentType, content, archived.DataRelease, generatedAt));
        }
        return files;
    }

    /// <summary>"Bretagne (R53)" or "Infirmiers": the territory or profession in words, for the message.</summary>
    private async Task<string> SubjectAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        var dimensions = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        if (subscription.Report == ReportOrder.Territory)
        {
            var territory = TerritoryParameter.Resolve(subscription.Parameters["code"], dimensions);
            return $"{territory.Label} ({TerritoryParameter.Code(territory)})";
        }
        return ProfessionParameter.Resolve(subscription.Parameters["profession"], dimensions).Label;
    }
}
