using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Tests.Delivery;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;

namespace Warehouse.Tests.Security;

/// <summary>A subscription cannot flood the outbox and the archive: a schedule more frequent than the minimum interval, or too many recipients (200; 3,000 are beyond the 64 KB request limit already), get 400 with the reason.</summary>
[Trait("Category", "process")]
public sealed class SubscriptionLimitTests
{
    [Fact]
    public async Task ASecondlyCron_AndHundredsOfRecipients_Get400_WhileAnHourlyOneIsAdded()
    {
        // The demo's minimum is 10 minutes (its own subscription runs that often); the default elsewhere is 1 hour.
        await using var server = await ServerProcess.StartDemoAsync(ServerAccounts.WithOperatorKey([]));
        using var http = server.Client(ServerAccounts.OperatorKey);

        var everySecond = With(DeliveryApiTests.Body("every-second", "R94", "folder", "demo-outbox"), "* * * * * *");
        using (var refused = await http.PostAsJsonAsync("/api/subscriptions", everySecond))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("delivers every 1 s: at most once every 10 min", await DetailAsync(refused), StringComparison.Ordinal);
        }
        using (var refused = await http.PostAsJsonAsync("/api/subscriptions", With(DeliveryApiTests.Body("every-5-minutes", "R94", "folder", "demo-outbox"), "*/5 * * * *")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        var crowd = Enumerable.Range(0, 200).Select(i => $"person{i}@ars.example").ToArray();
        using (var refused = await http.PostAsJsonAsync("/api/subscriptions", DeliveryApiTests.Body("crowd", "R94", "email", crowd)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("200 recipients: at most 50", await DetailAsync(refused), StringComparison.Ordinal);
        }
        using (var hourly = await http.PostAsJsonAsync("/api/subscriptions", With(DeliveryApiTests.Body("hourly", "R94", "folder", "demo-outbox"), "0 * * * *")))
        {
            Assert.Equal(HttpStatusCode.Created, hourly.StatusCode);
        }
        var names = (await http.GetFromJsonAsync<JsonElement>("/api/subscriptions")).EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("hourly", names);
        Assert.DoesNotContain("every-second", names);
        Assert.DoesNotContain("crowd", names);
    }

    private static Dictionary<string, object?> With(object body, string cron)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body))!;
        fields["cron"] = cron;
        return fields;
    }

    /// <summary>A longer minimum interval refuses the demo's own 10-minute subscription: the demo still starts and says why.</summary>
    [Fact]
    public async Task TheDemo_StartsWithoutItsSubscription_WhenTheMinimumIntervalRefusesIt()
    {
        await using var server = await ServerProcess.StartDemoAsync(ServerAccounts.WithOperatorKey(new() { ["Warehouse__Delivery__MinIntervalSeconds"] = "3600" }));
        using var http = server.Client(ServerAccounts.OperatorKey);

        using var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var list = JsonDocument.Parse(await http.GetStringAsync("/api/subscriptions"));
        Assert.Equal(0, list.RootElement.GetArrayLength());
        Assert.Contains("the demo subscription was not created: The cron expression \"*/10 * * * *\" delivers every 10 min: at most once every 1 h",
            server.Output, StringComparison.Ordinal);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";
}
