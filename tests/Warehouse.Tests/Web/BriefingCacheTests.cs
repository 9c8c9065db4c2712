using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Warehouse.Scheduler.Server;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>
/// A briefing exists once per data release: the same request twice is one render (one history row) and the same bytes;
/// If-None-Match answers 304 with no body; a load that publishes new data makes the old key unreachable. Over real HTTP,
/// against `warehouse serve --demo`, the load run by the CLI in its own process as an operator would.
/// </summary>
public sealed class BriefingCacheTests : IAsyncLifetime
{
    private const string Path2B = "/api/reports/territory?code=2B&format=pdf";
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SameRequestTwice_IsOneRender_SameBytes_AndIfNoneMatchIs304WithoutABody()
    {
        using var client = _server.Client();

        using var first = await client.GetAsync(new Uri(Path2B, UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/reports/territory?code=2b&format=pdf", UriKind.Relative));
        var (firstBytes, secondBytes) = (await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(SHA256.HashData(firstBytes), SHA256.HashData(secondBytes));
        Assert.Equal(first.Headers.GetValues("X-Archive-Id"), second.Headers.GetValues("X-Archive-Id"));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await HistoryRowsAsync("2B"));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(Path2B, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await HistoryRowsAsync("2B"));
    }

    [Fact]
    public async Task ALoadThatPublishes_MakesTheOldKeyUnreachable_TheOldETagGets200AndANewFile()
    {
        using var client = _server.Client();
        using var before = await client.GetAsync(new Uri(Path2B, UriKind.Relative));
        var oldTag = before.Headers.ETag!;

        var load = await WarehouseCli.RunAsync(_server.Root, "load", "--from", DemoWarehouse.SampleDirectory(_server.DemoDirectory), "--force",
            "--connection", $"Data Source={_server.DatabasePath}");
        Assert.True(load.Succeeded, load.Description);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(Path2B, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(oldTag);
        using var after = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(oldTag, after.Headers.ETag);
        Assert.NotEqual(before.Headers.GetValues("X-Archive-Id"), after.Headers.GetValues("X-Archive-Id"));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await after.Content.ReadAsByteArrayAsync(), 0, 4), StringComparison.Ordinal);
        Assert.Equal(2, await HistoryRowsAsync("2B"));
    }

    private async Task<long> HistoryRowsAsync(string code)
    {
        await using var connection = new SqliteConnection($"Data Source={_server.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM app_report_archive WHERE report = 'territory' AND parameters LIKE @code";
        command.Parameters.AddWithValue("@code", $"%\"code\":\"{code}\"%");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
