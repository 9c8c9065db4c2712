using System.Net;
using System.Security.Cryptography;
using Warehouse.Scheduler.Server;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>
/// A briefing exists once per data release: the same request twice is one render (one history row) and the same bytes;
/// If-None-Match answers 304 with no body; a load that publishes new data makes the old key unreachable. Over real HTTP,
/// against `warehouse serve --demo`, the load run by the CLI in its own process as an operator would.
/// </summary>
[Trait("Category", "process")]
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
    public async Task Extracts_CarryAWeakETagOfTheirFiltersAndData_And304WhenUnchanged()
    {
        using var client = _server.Client();
        const string path = "/api/extracts?dataset=effectifs&territory=2B&years=2023-2024&format=csv";

        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var other = await client.GetAsync(new Uri(path.Replace("2B", "2A", StringComparison.Ordinal), UriKind.Relative));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.ETag!.IsWeak); // the rows are the same, not the bytes: the file says when it was made
        Assert.Contains("2B", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnExtractAskedForAgain_IsStreamedFromTheExtractCache_ByteForByte()
    {
        using var client = _server.Client();
        const string path = "/api/extracts?dataset=honoraires&territory=R84&years=2022-2024&format=xlsx";

        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("miss", first.Headers.GetValues("X-Cache").Single());
        Assert.Equal("hit", second.Headers.GetValues("X-Cache").Single());
        Assert.Equal(SHA256.HashData(await first.Content.ReadAsByteArrayAsync()), SHA256.HashData(await second.Content.ReadAsByteArrayAsync()));
        Assert.Equal("attachment", second.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Single(Directory.GetFiles(System.IO.Path.Combine(_server.DemoDirectory, "archive", "extracts"), "*.xlsx"));
    }

    [Fact]
    public async Task ALoadThatPublishes_MakesTheOldKeyUnreachable_TheOldETagGets200AndANewFile()
    {
        using var client = _server.Client();
        using var before = await client.GetAsync(new Uri(Path2B, UriKind.Relative));
        var oldTag = before.Headers.ETag!;
        using var extractBefore = await client.GetAsync(new Uri("/api/extracts?dataset=patientele&territory=2B&format=csv", UriKind.Relative));

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
        using var extractConditional = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/extracts?dataset=patientele&territory=2B&format=csv", UriKind.Relative));
        extractConditional.Headers.IfNoneMatch.Add(extractBefore.Headers.ETag!);
        using var extractAfter = await client.SendAsync(extractConditional);
        Assert.Equal(HttpStatusCode.OK, extractAfter.StatusCode);
        Assert.Equal("miss", extractAfter.Headers.GetValues("X-Cache").Single()); // the new data is read, not the kept file
        Assert.NotEqual(extractBefore.Headers.ETag, extractAfter.Headers.ETag);
    }

    private Task<long> HistoryRowsAsync(string code) => Db.CountAsync(WarehouseTarget.SqliteReadOnly(_server.DatabasePath),
        "SELECT COUNT(*) FROM app_report_archive WHERE report = 'territory' AND parameters LIKE @code", ("code", $"%\"code\":\"{code}\"%"));
}
