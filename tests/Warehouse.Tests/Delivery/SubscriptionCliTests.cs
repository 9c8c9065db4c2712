using MimeKit;
using UglyToad.PdfPig;
using Warehouse.Delivery;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>`warehouse subscription` as a user runs it: the real program on the sample warehouse, a real SMTP server, a real folder.</summary>
[Trait("Category", "process")]
public sealed class SubscriptionCliTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    [Fact]
    public async Task RunNow_EmailsEachRecipientOnce_WithTheBriefingAttached_AndNamesTerritoryAndRelease()
    {
        using var smtp = SmtpTestServer.Start();
        using var directory = new TempWorkingDirectory();

        var add = await RunAsync(directory, smtp.Environment(), "add", "--name", "Bretagne mensuel", "--report", "territory", "--code", "r53",
            "--cron", "0 7 1 * *", "--email", "anne.martin@ars.example", "--email", "obs@ors.example");
        var list = await RunAsync(directory, smtp.Environment(), "list");
        var run = await RunAsync(directory, smtp.Environment(), "run-now", "--name", "Bretagne mensuel");

        CliAssert.Succeeds(add);
        Assert.Contains("Added subscription \"Bretagne mensuel\"", add.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Bretagne mensuel (id ", list.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("code=R53, pdf, 0 7 1 * * (Europe/Paris), email to anne.martin@ars.example, obs@ors.example", list.StandardOutput, StringComparison.Ordinal);
        CliAssert.Succeeds(run);
        Assert.Contains("delivered to anne.martin@ars.example", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("delivered to obs@ors.example", run.StandardOutput, StringComparison.Ordinal);

        var messages = smtp.Messages();
        Assert.Equal(["anne.martin@ars.example", "obs@ors.example"], messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.Equal(2, messages.Select(m => m.MessageId).Distinct().Count());
        foreach (var message in messages)
        {
            Assert.StartsWith("Briefing territorial — Bretagne (2024) — données publication du ", message.Subject, StringComparison.Ordinal);
            Assert.EndsWith("(données synthétiques)", message.Subject, StringComparison.Ordinal);
            Assert.Equal("warehouse@observatoire.example", message.From.Mailboxes.Single().Address);
            Assert.StartsWith("manual:", message.Headers[EmailComposer.OccurrenceHeader], StringComparison.Ordinal);
            Assert.Contains("Territoire : Bretagne (R53)", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Données : publication du ", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Pièce jointe : briefing-territoire-R53-2024.pdf", message.TextBody, StringComparison.Ordinal);
            var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.NotNull(attachment.Content);
            Assert.Equal("briefing-territoire-R53-2024.pdf", attachment.FileName);
            using var pdf = new MemoryStream();
            await attachment.Content.DecodeToAsync(pdf);
            using var document = PdfDocument.Open(pdf.ToArray());
            Assert.Contains("Bretagne", string.Join(" ", document.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunNow_WritesTheFilesIntoTheNamedFolder_UnderTheOccurrence_AndRemoveForgetsTheSubscription()
    {
        using var directory = new TempWorkingDirectory();
        var environment = new Dictionary<string, string?> { ["Warehouse__Delivery__Folders__partage"] = directory.PathOf("partage") };

        var add = await RunAsync(directory, environment, "add", "--name", "infirmiers", "--report", "profession", "--profession", "infirmiers",
            "--after-load", "--folder", "partage");
        var run = await RunAsync(directory, environment, "run-now", "--name", "infirmiers");
        var remove = await RunAsync(directory, environment, "remove", "--name", "infirmiers");
        var again = await RunAsync(directory, environment, "remove", "--name", "infirmiers");

        CliAssert.Succeeds(add);
        CliAssert.Succeeds(run);
        var file = Assert.Single(Directory.GetFiles(directory.PathOf("partage")));
        Assert.Matches(@"^briefing-profession-infirmiers-2024--manual-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.pdf$", Path.GetFileName(file));
        using (var document = PdfDocument.Open(file))
        {
            Assert.Contains("Infirmiers", document.GetPage(1).Text, StringComparison.Ordinal);
        }
        CliAssert.Succeeds(remove);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("No subscription is named \"infirmiers\".", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ExitsWith2AndASuggestion_WhenTheTerritoryIsATypo()
    {
        using var directory = new TempWorkingDirectory();

        var add = await RunAsync(directory, new Dictionary<string, string?>(), "add", "--name", "typo", "--report", "territory", "--code", "R5",
            "--cron", "0 7 * * 1", "--email", "a@ars.example");

        Assert.Equal(2, add.ExitCode);
        Assert.Contains("Unknown territory \"R5\"", add.StandardError, StringComparison.Ordinal);
        Assert.Contains("R53 (Bretagne)", add.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunNow_Exits1AndLogsTheFailure_WhenNoSmtpServerListens()
    {
        using var directory = new TempWorkingDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["Warehouse__Delivery__Smtp__Host"] = "127.0.0.1",
            ["Warehouse__Delivery__Smtp__Port"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        CliAssert.Succeeds(await RunAsync(directory, environment, "add", "--name", "nobody-listens", "--report", "territory", "--code", "2A",
            "--after-load", "--email", "a@ars.example"));
        var run = await RunAsync(directory, environment, "run-now", "--name", "nobody-listens");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED for a@ars.example", run.StandardOutput, StringComparison.Ordinal);
        var entry = Assert.Single(await new DeliveryJournal(warehouse.Engine).ListAsync(new DeliveryQuery("nobody-listens")));
        Assert.Equal(DeliveryStatus.Failed, entry.Status);
        Assert.Equal(1, entry.Attempts);
        Assert.Contains("SMTP 127.0.0.1:", entry.LastError, StringComparison.Ordinal);
    }

    private Task<ProcessResult> RunAsync(TempWorkingDirectory directory, Dictionary<string, string?> environment, params string[] arguments) =>
        WarehouseCli.RunAsync(directory.Root, environment, TimeSpan.FromMinutes(2),
            [.. WarehouseCli.Target("sqlite", $"Data Source={warehouse.DatabasePath}"), "subscription", .. arguments]);
}
