using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Scheduler.Health;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;

namespace Warehouse.Tests.Security;

/// <summary>
/// The SQLite warehouse file deleted, then another put in its place, under a running `warehouse serve`: /health says unhealthy
/// and why, requests fail, no empty warehouse appears at the path, and nothing is written to the deleted file.
/// </summary>
[Trait("Category", "process")]
public sealed class SqliteFileIdentityTests
{
    [Fact]
    public async Task ADeletedOrReplacedWarehouseFile_MakesTheServerUnhealthy_AndIsNeverRecreatedEmpty()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var client = server.Client();
        Assert.Equal("healthy", await HealthAsync(client, HttpStatusCode.OK));
        File.Copy(directory.DefaultDatabase, directory.PathOf("backup.db"));

        File.Delete(directory.DefaultDatabase);
        await Task.Delay(HealthReader.DatabaseCheckEvery + TimeSpan.FromMilliseconds(200));

        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var report = await health.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("unhealthy", report.GetProperty("status").GetString());
            Assert.Contains("was deleted while in use", report.GetProperty("database").GetProperty("error").GetString(), StringComparison.Ordinal);
        }
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/loads"))
        {
            request.Headers.Authorization = ServerAccounts.AsReader;
            using var loads = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.InternalServerError, loads.StatusCode);
        }
        Assert.False(File.Exists(directory.DefaultDatabase), "An empty warehouse was created where the deleted one was.");

        // A backup moved back in place is another file: the server says so until it is restarted.
        File.Move(directory.PathOf("backup.db"), directory.DefaultDatabase);
        await Task.Delay(HealthReader.DatabaseCheckEvery + TimeSpan.FromMilliseconds(200));
        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("was replaced by another file while in use", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task<string?> HealthAsync(HttpClient client, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }

    [Fact]
    public async Task AnonymousHealthChecks_AskTheWarehouseAtMostOncePerSecond()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var client = server.Client();

        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CheckedAtAsync(client)));
        await Task.Delay(HealthReader.DatabaseCheckEvery + TimeSpan.FromMilliseconds(300));
        var later = await CheckedAtAsync(client);

        Assert.True(burst.Distinct().Count() <= 2, $"20 checks in a burst asked the warehouse {burst.Distinct().Count()} times.");
        Assert.True(later > burst.Max(), "After a second the warehouse is asked again.");
    }

    private static async Task<DateTimeOffset> CheckedAtAsync(HttpClient client)
    {
        var report = await client.GetFromJsonAsync<JsonElement>("/health");
        return report.GetProperty("database").GetProperty("checkedAt").GetDateTimeOffset();
    }
}
