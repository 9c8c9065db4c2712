using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>
/// The real retry path: `warehouse serve` delivers a subscription while no SMTP server listens; Hangfire retries the job
/// with backoff; once the SMTP server is up, each recipient gets exactly one e-mail, and no later retry sends another.
/// When the attempts run out the delivery stays failed, with the reason, and /health says degraded.
/// </summary>
[Trait("Category", "process")]
public sealed class SmtpOutageThroughHangfireTests
{
    private static readonly string[] Recipients = ["anne@ars.example", "bruno@ars.example"];

    [Fact]
    public async Task SmtpDownThenUp_EachRecipientGetsExactlyOneEmail()
    {
        var port = FreePort.Next();
        await using var server = await ServerProcess.StartDemoAsync(Environment(port, attempts: 5, delaySeconds: 2));
        using var http = server.Client(Server.ServerAccounts.OperatorKey);
        await AddAndRunAsync(http);

        await server.WaitForAsync(async () => (await StatusesAsync(http)).Count(s => s == "retrying") == 2, TimeSpan.FromSeconds(60), "both deliveries to be retrying");
        using var smtp = SmtpTestServer.Start(port);
        await server.WaitForAsync(async () => (await StatusesAsync(http)).Count(s => s == "sent") == 2, TimeSpan.FromSeconds(60), "both deliveries to be sent after the SMTP server came up");
        await Task.Delay(TimeSpan.FromSeconds(5));

        var messages = smtp.Messages();
        Assert.Equal(2, messages.Count);
        Assert.Equal(Recipients, messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.Contains("Corse", m.Subject, StringComparison.Ordinal));
        var log = await http.GetFromJsonAsync<JsonElement>("/api/deliveries?subscription=outage");
        Assert.All(log.EnumerateArray(), d => Assert.True(d.GetProperty("attempts").GetInt32() >= 2));
    }

    [Fact]
    public async Task SmtpNeverUp_DeliveryEndsFailedWithTheReason_AndHealthIsDegraded()
    {
        var port = FreePort.Next();
        await using var server = await ServerProcess.StartDemoAsync(Environment(port, attempts: 1, delaySeconds: 1));
        using var http = server.Client(Server.ServerAccounts.OperatorKey);
        await AddAndRunAsync(http);

        await server.WaitForAsync(async () => (await StatusesAsync(http)).Count(s => s == "failed") == 2, TimeSpan.FromSeconds(60), "both deliveries to end failed");
        var log = await http.GetFromJsonAsync<JsonElement>("/api/deliveries?subscription=outage");
        Assert.All(log.EnumerateArray(), d => Assert.Contains($"127.0.0.1:{port}", d.GetProperty("lastError").GetString(), StringComparison.Ordinal));
        // The deliveries are marked failed just before the job throws; Hangfire then records the job failed.
        JsonElement health = default;
        await server.WaitForAsync(async () =>
        {
            health = await http.GetFromJsonAsync<JsonElement>("/health");
            return health.GetProperty("hangfire").GetProperty("failed").GetInt64() == 1;
        }, TimeSpan.FromSeconds(30), "Hangfire to record the job failed");
        Assert.Equal("degraded", health.GetProperty("status").GetString());
    }

    private static async Task AddAndRunAsync(HttpClient http)
    {
        using var created = await http.PostAsJsonAsync("/api/subscriptions", DeliveryApiTests.Body("outage", "R94", "email", Recipients));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        using var run = await http.PostAsync(new Uri("/api/subscriptions/outage/run", UriKind.Relative), null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, run.StatusCode);
    }

    private static async Task<List<string>> StatusesAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/deliveries?subscription=outage")).EnumerateArray().Select(d => d.GetProperty("status").GetString()!).ToList();

    private static Dictionary<string, string?> Environment(int smtpPort, int attempts, int delaySeconds) => Server.ServerAccounts.WithOperatorKey(new()
    {
        ["Warehouse__Delivery__Smtp__Host"] = "127.0.0.1",
        ["Warehouse__Delivery__Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Warehouse__Delivery__Smtp__From"] = "Observatoire <warehouse@observatoire.example>",
        ["Warehouse__Jobs__RetryAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Warehouse__Jobs__RetryDelaysSeconds__0"] = delaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
