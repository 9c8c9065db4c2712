using System.Globalization;
using Warehouse.Core;
using Warehouse.Delivery;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Warehouse.Tests.Delivery;

/// <summary>
/// Two real `warehouse serve` processes on one PostgreSQL warehouse (shared Hangfire schedule, shared delivery log), a
/// subscription every 5 seconds: each occurrence reaches each recipient once, never twice.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class TwoServersDeliveryTests(PostgresServer server, ITestOutputHelper output)
{
    private static readonly TimeSpan ServerLifetime = TimeSpan.FromSeconds(35);

    [SkippableFact]
    public async Task TwoServers_DeliverEachOccurrenceOncePerRecipient_OnOneWarehouse()
    {
        server.SkipIfUnavailable();
        using var sample = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(sample.Root);
        var connectionString = await server.CreateDatabaseAsync("two_servers");
        var engine = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.PostgreSql, connectionString), sample.Root);
        await new SubscriptionStore(engine, new DeliveryOptions { MinInterval = TimeSpan.FromSeconds(1) }).AddAsync(new SubscriptionRequest
        {
            Name = "every-5-seconds", Report = "territory", Parameters = new() { ["code"] = "2A" }, Cron = "*/5 * * * * *", TimeZone = "Europe/Paris",
            Channel = "email", Recipients = ["a@ars.example", "b@ars.example"],
        }, "test");
        using var smtp = SmtpTestServer.Start();
        using var first = new TempWorkingDirectory();
        using var second = new TempWorkingDirectory();

        var runs = new[] { Serve(first, smtp, connectionString, TimeSpan.Zero), Serve(second, smtp, connectionString, TimeSpan.FromSeconds(2)) };
        var results = await Task.WhenAll(runs);

        var byOccurrence = smtp.Messages().GroupBy(m => m.Headers[EmailComposer.OccurrenceHeader]).ToList();
        var diagnostics = string.Join("\n", results.Select(r => r.StandardOutput[^Math.Min(r.StandardOutput.Length, 3000)..]));
        Assert.All(byOccurrence, occurrence => Assert.True(
            occurrence.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count() == occurrence.Count(),
            $"{occurrence.Key} reached a recipient twice: {string.Join(", ", occurrence.Select(m => m.To.ToString()))}\n{diagnostics}"));
        Assert.True(byOccurrence.Count(o => o.Count() == 2) >= 3, $"Expected at least 3 complete occurrences, got {byOccurrence.Count}\n{diagnostics}");
        Assert.All(byOccurrence, o => Assert.StartsWith("cron:", o.Key, StringComparison.Ordinal));
        var log = await new DeliveryJournal(engine).ListAsync(new DeliveryQuery("every-5-seconds", Limit: 1000));
        Assert.Equal(smtp.Count, log.Count(e => e.Status == DeliveryStatus.Sent));
        output.WriteLine($"{smtp.Count} e-mails, {byOccurrence.Count} occurrences; sent by "
            + string.Join(", ", log.Where(e => e.Status == DeliveryStatus.Sent).GroupBy(e => e.ClaimedBy).Select(g => $"{g.Key}: {g.Count()}")));
    }

    /// <summary>One server, killed after <see cref="ServerLifetime"/> (its output is what the runner collected until then).</summary>
    private static async Task<ProcessResult> Serve(TempWorkingDirectory directory, SmtpTestServer smtp, string connectionString, TimeSpan delay)
    {
        await Task.Delay(delay);
        var environment = new Dictionary<string, string?>(smtp.Environment())
        {
            ["Warehouse__Engine"] = "postgresql",
            ["ConnectionStrings__Warehouse"] = connectionString,
            ["Warehouse__Jobs__PollIntervalSeconds"] = "1",
            ["Warehouse__Jobs__WorkerCount"] = "2",
        };
        var url = "http://127.0.0.1:" + FreePort.Next().ToString(CultureInfo.InvariantCulture);
        return await WarehouseCli.RunAsync(directory.Root, environment, ServerLifetime - delay, "serve", "--urls", url);
    }
}
