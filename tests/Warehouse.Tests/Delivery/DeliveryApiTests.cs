using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Engines;
using Warehouse.Scheduler.Delivery;
using Warehouse.Scheduler.Server.Auth;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>
/// The /api subscription and delivery endpoints over real HTTP (Kestrel on loopback, anonymous loopback requests are
/// operators), on the sample warehouse, with Hangfire storage but no Hangfire server: a run is enqueued, not executed.
/// </summary>
public sealed class DeliveryApiTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    [Fact]
    public async Task Subscriptions_AreAddedListedRunAndRemoved_AndAnInvalidOneGets400WithTheReason()
    {
        await using var app = await StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var invalid = await http.PostAsJsonAsync("/api/subscriptions", Body("api-typo", "R5"));
        var created = await http.PostAsJsonAsync("/api/subscriptions", Body("api-bretagne", "bretagne"));
        var list = await http.GetFromJsonAsync<JsonElement>("/api/subscriptions");
        var run = await http.PostAsync(new Uri("/api/subscriptions/api-bretagne/run", UriKind.Relative), null);
        var badStatus = await http.GetAsync(new Uri("/api/deliveries?status=lost", UriKind.Relative));
        var deliveries = await http.GetAsync(new Uri("/api/deliveries?subscription=api-bretagne&limit=5", UriKind.Relative));
        var scheduled = RecurringJobIds(app);
        var removed = await http.DeleteAsync(new Uri("/api/subscriptions/api-bretagne", UriKind.Relative));
        var missing = await http.DeleteAsync(new Uri("/api/subscriptions/api-bretagne", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("R53 (Bretagne)", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/subscriptions/api-bretagne", created.Headers.Location?.ToString());
        var subscription = Assert.Single(list.EnumerateArray(), s => s.GetProperty("name").GetString() == "api-bretagne");
        Assert.Equal("R53", subscription.GetProperty("parameters").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.StartsWith("manual:", (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occurrence").GetString(), StringComparison.Ordinal);
        Assert.Equal([$"subscription-{subscription.GetProperty("id").GetInt64()}"], scheduled);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deliveries.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(RecurringJobIds(app));
    }

    private static List<string> RecurringJobIds(WebApplication app)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(job => job.Id).ToList();
    }

    private static object Body(string name, string code) => new
    {
        name, report = "territory", parameters = new Dictionary<string, string> { ["code"] = code }, formats = new[] { "pdf" },
        cron = "0 7 * * 1", timeZone = "Europe/Paris", channel = "email", recipients = new[] { "a@ars.example" },
    };

    private async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:" + FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.Logging.ClearProviders();
        var options = new DeliveryOptions();
        builder.Services.AddSingleton<IWarehouseEngine>(warehouse.Engine);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddSingleton<DeliveryScheduler>();
        builder.Services.AddHangfire(h => h.UseSQLiteStorage(Path.ChangeExtension(warehouse.DatabasePath, ".hangfire.db")));
        builder.Services.AddWarehouseAuth(new AuthOptions([], [], Roles.Operator));
        var app = builder.Build();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGroup("/api").MapDeliveryApi();
        await app.StartAsync();
        return app;
    }
}
