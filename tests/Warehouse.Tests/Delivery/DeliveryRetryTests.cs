using Warehouse.Delivery;
using Warehouse.Delivery.Reporting;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>
/// SMTP down, then up: each recipient gets exactly one e-mail, and the log says retrying, then sent.
/// The occurrence is delivered by calling the delivery in-process once per attempt. That is what Hangfire's retry does: the
/// retry filter re-runs the same job method with the same arguments (so the same occurrence) in a new scope, and everything
/// the delivery remembers between attempts is in the warehouse (app_delivery, app_report_archive), not in the process.
/// </summary>
[Trait("Category", "process")]
public sealed class DeliveryRetryTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>, IDisposable
{
    private readonly string _archive = Directory.CreateTempSubdirectory("warehouse-archive-").FullName;

    public void Dispose() => Directory.Delete(_archive, recursive: true);

    [Fact]
    public async Task Delivery_SendsOneEmailPerRecipient_WhenTheSmtpServerComesBackBetweenAttempts()
    {
        var port = FreePort.Next();
        var options = new DeliveryOptions { SmtpHost = "127.0.0.1", SmtpPort = port, SmtpTimeout = TimeSpan.FromSeconds(5) };
        var store = new SubscriptionStore(warehouse.Engine, options);
        var subscription = await store.AddAsync(new SubscriptionRequest
        {
            Name = "retry", Report = "territory", Parameters = new() { ["code"] = "29" }, AfterLoad = true, Channel = "email",
            Recipients = ["a@ars.example", "b@ars.example"],
        }, "test");
        const string occurrence = "load:42";

        var first = await Delivery(options).DeliverAsync(subscription, occurrence, finalAttempt: false, CancellationToken.None);
        var afterFirst = await Log.ListAsync(new DeliveryQuery("retry"));
        using var smtp = SmtpTestServer.Start(port);
        var second = await Delivery(options).DeliverAsync(subscription, occurrence, finalAttempt: false, CancellationToken.None);
        var third = await Delivery(options).DeliverAsync(subscription, occurrence, finalAttempt: false, CancellationToken.None);
        var afterThird = await Log.ListAsync(new DeliveryQuery("retry"));

        Assert.False(first.Complete);
        Assert.All(afterFirst, e => Assert.Equal((DeliveryStatus.Retrying, 1), (e.Status, e.Attempts)));
        Assert.All(afterFirst, e => Assert.Contains($"SMTP 127.0.0.1:{port}", e.LastError, StringComparison.Ordinal));
        Assert.True(second.Complete);
        Assert.All(second.Recipients, r => Assert.Equal(RecipientOutcome.SentKind, r.Kind));
        Assert.All(third.Recipients, r => Assert.Equal(RecipientOutcome.AlreadySentKind, r.Kind));
        Assert.Equal(2, afterThird.Count);
        Assert.All(afterThird, e => Assert.Equal((DeliveryStatus.Sent, 2, (string?)null), (e.Status, e.Attempts, e.LastError)));
        var messages = smtp.Messages();
        Assert.Equal(["a@ars.example", "b@ars.example"], messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.Contains("Finistère (29)", m.TextBody, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Equal(occurrence, m.Headers[EmailComposer.OccurrenceHeader]));
        // The occurrence was rendered once: every attempt delivered the archived file.
        var archived = Assert.Single(await new ReportArchive(warehouse.Engine, _archive).ListAsync(new ArchiveQuery(SubscriptionId: subscription.Id)));
        Assert.Equal(occurrence, archived.Occurrence);
    }

    [Fact]
    public async Task Email_LinksToTheHistory_WhenTheFileIsAboveTheAttachmentLimit()
    {
        using var smtp = SmtpTestServer.Start();
        var options = new DeliveryOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, MaxAttachmentBytes = 1000, PublicUrl = new Uri("https://warehouse.ars.example/") };
        var subscription = await new SubscriptionStore(warehouse.Engine, options).AddAsync(new SubscriptionRequest
        {
            Name = "too-big", Report = "territory", Parameters = new() { ["code"] = "FR" }, AfterLoad = true, Channel = "email", Recipients = ["a@ars.example"],
        }, "test");

        var report = await Delivery(options).DeliverAsync(subscription, "manual:test", finalAttempt: true, CancellationToken.None);

        var message = Assert.Single(smtp.Messages());
        Assert.Empty(message.Attachments);
        Assert.Contains($"briefing-territoire-FR-2024.pdf", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://warehouse.ars.example/historique/{report.Files[0].ArchiveId}", message.TextBody, StringComparison.Ordinal);
    }

    private DeliveryJournal Log => new(warehouse.Engine);

    private SubscriptionDelivery Delivery(DeliveryOptions options) => new(
        warehouse.Engine, new ReportRenderer(warehouse.Engine), new ReportArchive(warehouse.Engine, _archive), Log, options,
        new SmtpSender(options), new FolderSender(options));
}
