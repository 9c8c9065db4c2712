using System.Net;
using Warehouse.Core;
using Warehouse.Delivery;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Delivery;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// Several `warehouse serve` nodes on one PostgreSQL warehouse: a node killed in the middle of a delivery leaves it to the
/// other, which finishes it with exactly one e-mail per recipient; and the recurring refresh runs once per occurrence.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class SchedulerNodesTests(PostgresServer postgres)
{
    private static readonly string[] Recipients = ["anne@ars.example", "bruno@ars.example"];

    [SkippableFact]
    public async Task NodeKilledWhileDelivering_TheOtherFinishes_OneEmailPerRecipient()
    {
        postgres.SkipIfUnavailable();
        using var sample = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(sample.Root);
        var connection = await postgres.CreateDatabaseAsync("node_killed");
        var engine = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.PostgreSql, connection), sample.Root);
        await new SubscriptionStore(engine, new DeliveryOptions()).AddAsync(new SubscriptionRequest
        {
            Name = "node-kill", Report = "territory", Parameters = new() { ["code"] = "2A" }, Cron = "0 7 1 1 *", TimeZone = "Europe/Paris",
            Channel = "email", Recipients = Recipients,
        }, "test");
        using var smtp = SmtpTestServer.Start();
        using var firstDirectory = new TempWorkingDirectory();
        using var secondDirectory = new TempWorkingDirectory();

        var first = await ServerProcess.StartAsync(firstDirectory.Root, Environment(connection, smtp, pauseAtClaim: true));
        try
        {
            using (var client = first.Client(Server.ServerAccounts.OperatorKey))
            using (var run = await client.PostAsync(new Uri("/api/subscriptions/node-kill/run", UriKind.Relative), null))
            {
                Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
            }
            await first.WaitForAsync(() => Task.FromResult(first.Output.Contains($"paused at {KillPoints.DeliveryClaimed}", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(60), "the first node to claim a delivery");
        }
        finally
        {
            await first.DisposeAsync(); // SIGKILL, with the first recipient claimed and nothing sent
        }
        Assert.Equal(0, smtp.Count);
        var claimed = await new DeliveryJournal(engine).ListAsync(new DeliveryQuery("node-kill"));
        Assert.Contains(claimed, d => d.Status == DeliveryStatus.Sending);

        await using var second = await ServerProcess.StartAsync(secondDirectory.Root, Environment(connection, smtp, pauseAtClaim: false));
        await second.WaitForAsync(() => Task.FromResult(smtp.Count >= 2), TimeSpan.FromSeconds(90), "the second node to finish the delivery");
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal(Recipients, smtp.Messages().Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var log = await new DeliveryJournal(engine).ListAsync(new DeliveryQuery("node-kill"));
        Assert.Equal(2, log.Count);
        Assert.All(log, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Single(log.Select(d => d.Occurrence).Distinct());
    }

    [SkippableFact]
    public async Task TwoNodes_RunTheRecurringRefreshOncePerOccurrence()
    {
        postgres.SkipIfUnavailable();
        using var sample = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(sample.Root);
        var connection = await postgres.CreateDatabaseAsync("two_nodes_refresh");
        await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.PostgreSql, connection), sample.Root);
        using var smtp = SmtpTestServer.Start();
        using var firstDirectory = new TempWorkingDirectory();
        using var secondDirectory = new TempWorkingDirectory();
        Dictionary<string, string?> Refreshing() => new(Environment(connection, smtp, pauseAtClaim: false))
        {
            ["Warehouse__Refresh__Cron"] = "*/3 * * * * *",
            ["Warehouse__Refresh__Folder"] = sample.Root,
        };

        await using (var first = await ServerProcess.StartAsync(firstDirectory.Root, Refreshing()))
        await using (var second = await ServerProcess.StartAsync(secondDirectory.Root, Refreshing()))
        {
            await second.WaitForAsync(async () => await ScheduledRunsAsync(connection) >= 5, TimeSpan.FromSeconds(60), "five scheduled refreshes");
        }

        var occurrences = await ScheduledOccurrencesAsync(connection);
        Assert.True(occurrences.Count == occurrences.Distinct().Count(), $"an occurrence was enqueued twice: {string.Join(", ", occurrences)}");
        Assert.Equal(await ScheduledRunsAsync(connection), (long)occurrences.Count);
    }

    private static Dictionary<string, string?> Environment(string connection, SmtpTestServer smtp, bool pauseAtClaim)
    {
        var environment = new Dictionary<string, string?>(smtp.Environment())
        {
            ["Warehouse__Engine"] = "postgresql",
            ["ConnectionStrings__Warehouse"] = connection,
            ["Warehouse__Auth__AnonymousLoopbackRole"] = "operator",
            ["Warehouse__Delivery__LeaseSeconds"] = "5",
            ["Warehouse__Jobs__InvisibilityTimeoutSeconds"] = "10",
            ["Warehouse__Jobs__RetryDelaysSeconds__0"] = "1",
        };
        if (pauseAtClaim)
        {
            environment[KillPoints.Variable] = KillPoints.DeliveryClaimed;
        }
        return Server.ServerAccounts.WithOperatorKey(environment);
    }

    private static Task<long> ScheduledRunsAsync(string connection) =>
        Db.CountAsync(new WarehouseTarget(EngineKind.PostgreSql, connection), "SELECT COUNT(*) FROM etl_load_run WHERE trigger_kind = 'schedule' AND outcome <> 'running'");

    /// <summary>The scheduled time Hangfire recorded on each refresh job it created from the recurring job ("Time" parameter).</summary>
    private static async Task<List<string>> ScheduledOccurrencesAsync(string connection) =>
        (await Db.RowsAsync(new WarehouseTarget(EngineKind.PostgreSql, connection), """
            SELECT t.value FROM hangfire.jobparameter r JOIN hangfire.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time'
            WHERE r.name = 'RecurringJobId' AND r.value = '"refresh-warehouse"'
            """)).Select(row => Db.Text(row[0])!).ToList();
}
