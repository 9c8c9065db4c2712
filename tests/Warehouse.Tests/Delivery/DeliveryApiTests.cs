using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Scheduler.Auth;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>
/// Subscriptions and deliveries through the real `warehouse serve --demo` (an operator's script key, as anonymous writes
/// need a key or a page's token even in the demo; a reader API key is refused): added, listed, scheduled in Hangfire, run by the job server, logged, removed.
/// </summary>
[Trait("Category", "process")]
public sealed class DeliveryApiTests
{
    private const string ReaderKey = "whk_delivery-api-reader";

    [Fact]
    public async Task Subscriptions_AreAddedScheduledRunLoggedAndRemoved_AndAnInvalidOneGets400WithTheReason()
    {
        await using var server = await ServerProcess.StartDemoAsync(Server.ServerAccounts.WithOperatorKey(ReaderKeyEnvironment(), index: 1));
        using var http = server.Client(Server.ServerAccounts.OperatorKey);

        using var invalid = await http.PostAsJsonAsync("/api/subscriptions", Body("api-typo", "R5", "email", "a@ars.example"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("R53 (Bretagne)", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var created = await http.PostAsJsonAsync("/api/subscriptions", Body("api-corse", "R94", "folder", "demo-outbox"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/subscriptions/api-corse", created.Headers.Location?.ToString());
        var list = await http.GetFromJsonAsync<JsonElement>("/api/subscriptions");
        var subscription = Assert.Single(list.EnumerateArray(), s => s.GetProperty("name").GetString() == "api-corse");
        var jobId = $"subscription-{subscription.GetProperty("id").GetInt64()}";
        Assert.Contains(jobId, await http.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative)), StringComparison.Ordinal);

        using var run = await http.PostAsync(new Uri("/api/subscriptions/api-corse/run", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var occurrence = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occurrence").GetString()!;
        Assert.StartsWith("manual:", occurrence, StringComparison.Ordinal);
        JsonElement delivery = default;
        await server.WaitForAsync(async () =>
        {
            var log = await http.GetFromJsonAsync<JsonElement>("/api/deliveries?subscription=api-corse");
            delivery = log.EnumerateArray().FirstOrDefault();
            return delivery.ValueKind == JsonValueKind.Object && delivery.GetProperty("status").GetString() == "sent";
        }, TimeSpan.FromSeconds(60), "the manual run to be delivered by the job server");
        Assert.Equal(occurrence, delivery.GetProperty("occurrence").GetString());
        Assert.Equal("demo-outbox", delivery.GetProperty("recipient").GetString());
        // The demo's own subscription may drop its scheduled file here too; the manual run's file says "manual".
        var delivered = Assert.Single(Directory.GetFiles(Path.Combine(server.DemoDirectory, "outbox"), "*manual*"));
        Assert.StartsWith("briefing-territoire-R94-", Path.GetFileName(delivered), StringComparison.Ordinal);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(delivered), 0, 4));

        using var removed = await http.DeleteAsync(new Uri("/api/subscriptions/api-corse", UriKind.Relative));
        using var missing = await http.DeleteAsync(new Uri("/api/subscriptions/api-corse", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain(jobId, await http.GetStringAsync(new Uri("/hangfire/recurring", UriKind.Relative)), StringComparison.Ordinal);
        // The delivery log outlives the subscription.
        Assert.Single((await http.GetFromJsonAsync<JsonElement>("/api/deliveries?subscription=api-corse")).EnumerateArray());
    }

    [Fact]
    public async Task Subscriptions_AndTheDeliveryLog_AreForOperators()
    {
        await using var server = await ServerProcess.StartDemoAsync(ReaderKeyEnvironment());
        using var reader = server.Client(ReaderKey);

        foreach (var (method, path) in new[] { ("GET", "/api/subscriptions"), ("GET", "/api/deliveries"), ("POST", "/api/subscriptions/x/run"), ("DELETE", "/api/subscriptions/x") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            using var response = await reader.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} as a reader → {(int)response.StatusCode}");
        }
        using var add = await reader.PostAsJsonAsync("/api/subscriptions", Body("reader-try", "R94", "folder", "demo-outbox"));
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
    }

    internal static Dictionary<string, string?> ReaderKeyEnvironment() => new()
    {
        ["Warehouse__Auth__ApiKeys__0__Name"] = "reader-script",
        ["Warehouse__Auth__ApiKeys__0__KeyHash"] = Credentials.HashApiKey(ReaderKey),
        ["Warehouse__Auth__ApiKeys__0__Role"] = Roles.Reader,
    };

    internal static object Body(string name, string code, string channel, params string[] recipients) => new
    {
        name, report = "territory", parameters = new Dictionary<string, string> { ["code"] = code }, formats = new[] { "pdf" },
        cron = "0 7 1 1 *", timeZone = "Europe/Paris", channel, recipients,
    };
}
