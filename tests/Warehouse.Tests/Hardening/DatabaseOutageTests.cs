using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Warehouse.Delivery;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Delivery;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// PostgreSQL going away under `warehouse serve`: stopped in the middle of a load, the refresh fails, is retried, and
/// succeeds once the database is back, with no duplicate facts; stopped while a subscription delivers every few seconds,
/// no recipient gets an occurrence twice.
/// </summary>
[Trait("Category", "process")]
public sealed class DatabaseOutageTests(PausablePostgres postgres) : IClassFixture<PausablePostgres>
{
    [SkippableFact]
    public async Task DatabaseStoppedDuringALoad_TheRefreshIsRetried_AndSucceedsOnceItIsBack()
    {
        postgres.SkipIfUnavailable();
        var connection = await postgres.CreateDatabaseAsync("outage_load");
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        await using var server = await ServerProcess.StartAsync(directory.Root, Server.ServerAccounts.WithOperatorKey(Environment(connection, directory.PathOf("sample"))));
        using var client = server.Client(Server.ServerAccounts.OperatorKey);

        using (var trigger = await client.PostAsync(new Uri("/api/loads", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Accepted, trigger.StatusCode);
        }
        await server.WaitForAsync(() => Task.FromResult(server.Output.Contains("Load demographie-effectifs-et-les-densites: reading", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), "the load to start");
        await postgres.Cluster.PauseAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await postgres.Cluster.ResumeAsync();

        await server.WaitForAsync(async () => await ScalarAsync(connection, "SELECT COUNT(*) FROM etl_load_run WHERE outcome = 'succeeded'") == 1,
            TimeSpan.FromSeconds(120), "a load run to succeed after the outage");
        Assert.Contains("Retry attempt 1 of 10", server.Output, StringComparison.Ordinal);
        Assert.Contains("failed and could not be recorded: the postgresql warehouse stopped answering", server.Output, StringComparison.Ordinal);
        Assert.Equal(await ScalarAsync(connection, "SELECT rows_loaded FROM etl_load_file f JOIN etl_dataset_release r ON r.load_file_id = f.load_file_id WHERE r.dataset_id = 'demographie-effectifs-et-les-densites'"),
            await ScalarAsync(connection, "SELECT COUNT(*) FROM fact_headcount_density"));
        Assert.Equal(7, await ScalarAsync(connection, "SELECT COUNT(*) FROM etl_dataset_release"));
        Assert.Equal(0, await ScalarAsync(connection, "SELECT COUNT(*) FROM etl_load_run WHERE outcome = 'running'"));
    }

    [SkippableFact]
    public async Task DatabaseStoppedWhileDelivering_NoRecipientGetsAnOccurrenceTwice()
    {
        postgres.SkipIfUnavailable();
        var connection = await postgres.CreateDatabaseAsync("outage_delivery");
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        var engine = await SampleLoad.LoadAsync(new Warehouse.Core.WarehouseSettings(Warehouse.Core.EngineKind.PostgreSql, connection), directory.PathOf("sample"));
        await new SubscriptionStore(engine, new DeliveryOptions { MinInterval = TimeSpan.FromSeconds(1) }).AddAsync(new SubscriptionRequest
        {
            Name = "every-5-seconds", Report = "territory", Parameters = new() { ["code"] = "2A" }, Cron = "*/5 * * * * *", TimeZone = "Europe/Paris",
            Channel = "email", Recipients = ["anne@ars.example", "bruno@ars.example"],
        }, "test");
        using var smtp = SmtpTestServer.Start();
        var environment = Environment(connection, directory.PathOf("sample"));
        foreach (var (name, value) in smtp.Environment())
        {
            environment[name] = value;
        }
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);

        await server.WaitForAsync(() => Task.FromResult(smtp.Count >= 2), TimeSpan.FromSeconds(60), "a first occurrence delivered");
        await postgres.Cluster.PauseAsync();
        await Task.Delay(TimeSpan.FromSeconds(8));
        await postgres.Cluster.ResumeAsync();
        var afterOutage = smtp.Count;
        await server.WaitForAsync(() => Task.FromResult(smtp.Count >= afterOutage + 4), TimeSpan.FromSeconds(90), "two more occurrences delivered after the outage");
        await Task.Delay(TimeSpan.FromSeconds(3));

        var messages = smtp.Messages();
        var byOccurrence = messages.GroupBy(m => m.Headers[EmailComposer.OccurrenceHeader]).ToList();
        Assert.All(byOccurrence, o => Assert.True(o.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count() == o.Count(),
            $"{o.Key} reached a recipient twice: {string.Join(", ", o.Select(m => m.To.ToString()))}"));
        // Every e-mail received is logged as sent (asked through the server's API, as an operator would); a send that
        // happened during the outage is recorded once the database answers again.
        using var client = server.Client();
        var received = messages.Select(m => (m.Headers[EmailComposer.OccurrenceHeader] ?? "", m.To.Mailboxes.Single().Address)).ToList();
        HashSet<(string, string)> sent = [];
        var log = default(System.Text.Json.JsonElement);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            log = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/deliveries?subscription=every-5-seconds&limit=1000");
            sent = log.EnumerateArray().Where(d => d.GetProperty("status").GetString() == "sent")
                .Select(d => (d.GetProperty("occurrence").GetString()!, d.GetProperty("recipient").GetString()!)).ToHashSet();
            if (received.All(sent.Contains))
            {
                break;
            }
            await Task.Delay(250);
        }
        var unrecorded = received.Where(r => !sent.Contains(r)).ToList();
        Assert.True(unrecorded.Count == 0, $"Received but not logged as sent: {string.Join(", ", unrecorded)}.\nDelivery log: {log}\nServer output:\n{server.Output}");
    }

    private static Dictionary<string, string?> Environment(string connection, string folder) => new()
    {
        ["Warehouse__Engine"] = "postgresql",
        ["ConnectionStrings__Warehouse"] = connection,
        ["Warehouse__Refresh__Folder"] = folder,
        ["Warehouse__Auth__AnonymousLoopbackRole"] = "operator",
        ["Warehouse__Jobs__RetryAttempts"] = "10",
        ["Warehouse__Jobs__RetryDelaysSeconds__0"] = "3",
        ["Warehouse__Jobs__InvisibilityTimeoutSeconds"] = "15",
    };

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        try
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand(sql, db);
            return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (NpgsqlException)
        {
            return -1;
        }
    }
}
