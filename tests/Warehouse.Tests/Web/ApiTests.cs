using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Reports.Rendering;

namespace Warehouse.Tests.Web;

/// <summary>The JSON API of `warehouse serve`, over real HTTP, as a script with an API key uses it.</summary>
[Collection(WebServerGroup.Name)]
[Trait("Category", "process")]
public sealed class ApiTests(WebServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    [Fact]
    public async Task Catalogue_ListsTheThreeReportsWithTheirParameters_ForAReaderKey()
    {
        using var client = Server.Client(WebServerFixture.ReaderKey);
        using var catalogue = await GetJsonAsync(client, "/api/catalogue");

        var reports = catalogue.RootElement.EnumerateArray().ToList();
        Assert.Equal(["territory", "profession", "extract"], reports.Select(r => r.GetProperty("name").GetString()));
        var territory = reports[0];
        Assert.Equal(["code", "year", "map-profession"], territory.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("Territory", territory.GetProperty("parameters")[0].GetProperty("kind").GetString());
        Assert.Equal(["pdf", "xlsx"], territory.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task TerritoryReport_IsAPdfNamingTheTerritory_ThenInTheHistoryAndDownloadedAgainByteIdentical()
    {
        using var client = Server.Client(WebServerFixture.ReaderKey);
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri("/api/reports/territory?code=2a&format=pdf", UriKind.Relative));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();

        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(pdf) + Server.Output);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var year = await LatestYearAsync(client);
        Assert.Equal($"briefing-territoire-2A-{year}.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var text = string.Join(" ", PdfText.Read(pdf).Pages);
        Assert.Contains("Corse-du-Sud", text, StringComparison.Ordinal);
        var archiveId = long.Parse(response.Headers.GetValues("X-Archive-Id").Single(), CultureInfo.InvariantCulture);

        using var history = await GetJsonAsync(client, "/api/history?report=territory&limit=50");
        var row = history.RootElement.EnumerateArray().Single(r => r.GetProperty("archiveId").GetInt64() == archiveId);
        Assert.Equal(WebServerFixture.ReaderKeyName, row.GetProperty("renderedBy").GetString());
        Assert.Equal($$"""{"code":"2A","year":"{{year}}"}""", row.GetProperty("parameters").GetString());
        Assert.Equal(pdf.Length, row.GetProperty("bytes").GetInt64());
        Assert.True(row.GetProperty("isSynthetic").GetBoolean());
        Assert.Equal(Sha256(pdf), row.GetProperty("sha256").GetString());

        foreach (var path in new[] { $"/api/history/{archiveId}", $"/historique/{archiveId}" })
        {
            using var again = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal("application/pdf", again.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"briefing-territoire-2A-{year}.pdf", again.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal(Sha256(pdf), Sha256(await again.Content.ReadAsByteArrayAsync()));
        }
        Console.WriteLine($"territory 2A PDF via the API: {pdf.Length:N0} bytes in {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task TerritoryReport_Is400WithTheClosestCodes_WhenTheTerritoryHasATypo()
    {
        using var client = Server.Client(WebServerFixture.ReaderKey);
        using var response = await client.GetAsync(new Uri("/api/reports/territory?code=Brettagne", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("Unknown territory \"Brettagne\"", detail, StringComparison.Ordinal);
        Assert.Contains("R53 (Bretagne)", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reports/pyramid?code=FR", "Unknown report \"pyramid\"")]
    [InlineData("/api/reports/profession?profession=Infirmiers&format=xlsx", "the profession briefing renders to pdf")]
    [InlineData("/api/reports/territory?code=FR&year=1990", "No data for year 1990")]
    [InlineData("/api/extracts?dataset=effectifs&years=2024-2019", "ends before it starts")]
    public async Task BadParameters_Are400WithTheReason(string path, string reason)
    {
        using var client = Server.Client(WebServerFixture.ReaderKey);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApiEndpoints()
    {
        using var client = Server.Client();
        using var document = await GetJsonAsync(client, "/openapi/v1.json");

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/catalogue", "/api/territories", "/api/professions", "/api/reports/{report}", "/api/extracts", "/api/history", "/api/history/{id}", "/api/freshness" })
        {
            Assert.Contains(expected, paths);
        }
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
        var render = document.RootElement.GetProperty("paths").GetProperty("/api/reports/{report}").GetProperty("get");
        Assert.Contains("application/pdf", render.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        Assert.True(render.GetProperty("responses").TryGetProperty("429", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("whk_not-a-configured-key")]
    public async Task Api_Is401_WithoutValidCredentials(string? key)
    {
        using var client = Server.Client(key);
        using var response = await client.GetAsync(new Uri("/api/catalogue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReaderKey_Is403OnTheOperatorDashboard_WhereTheOperatorKeyIsLetIn()
    {
        using var reader = Server.Client(WebServerFixture.ReaderKey);
        using var operatorClient = Server.Client(WebServerFixture.OperatorKey);

        using var forbidden = await reader.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var allowed = await operatorClient.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task CsvExtract_IsStreamedWithTheRowsASqlQueryCounts()
    {
        using var client = Server.Client(WebServerFixture.ReaderKey);
        using var response = await client.GetAsync(
            new Uri("/api/extracts?dataset=effectifs&years=2023-2024&territory=38&format=csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        // Streamed: the length is not known before the last row is written (read before the client buffers the body).
        var chunked = response.Headers.TransferEncodingChunked;
        var length = response.Content.Headers.ContentLength;
        var csv = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, csv);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("extraction-effectifs-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.True(chunked);
        Assert.Null(length);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Année;", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.Contains(";Isère;", line, StringComparison.Ordinal));
        var expected = Count("""
            SELECT COUNT(*) FROM rpt_headcount_density v JOIN dim_territory t ON t.territory_key = v.territory_key
            WHERE v.year IN (2023, 2024) AND t.level = 'departement' AND t.departement_code = '38'
            """);
        Assert.True(expected > 100, $"the sample should hold Isère rows, found {expected}");
        Assert.Equal(expected, lines.Length - 1);
    }

    [Fact]
    public async Task Freshness_GivesEachLiveReleaseAndTheLastLoad()
    {
        using var client = Server.Client(WebServerFixture.ReaderKey);
        using var freshness = await GetJsonAsync(client, "/api/freshness");

        var releases = freshness.RootElement.GetProperty("releases").EnumerateArray().ToList();
        Assert.Equal(Count("SELECT COUNT(*) FROM etl_dataset_release"), releases.Count);
        Assert.All(releases, r => Assert.True(r.GetProperty("isSynthetic").GetBoolean()));
        Assert.True(freshness.RootElement.GetProperty("isSynthetic").GetBoolean());
        Assert.Equal("succeeded", freshness.RootElement.GetProperty("lastLoad").GetProperty("outcome").GetString());
        Assert.EndsWith("(données synthétiques)", freshness.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pickers_OfferFranceTheRegionsAndTheDepartements()
    {
        using var client = Server.Client(WebServerFixture.ReaderKey);
        using var territories = await GetJsonAsync(client, "/api/territories");

        var byLevel = territories.RootElement.EnumerateArray().GroupBy(t => t.GetProperty("level").GetString()).ToDictionary(g => g.Key!, g => g.ToList());
        Assert.Equal("FR", Assert.Single(byLevel["country"]).GetProperty("code").GetString());
        Assert.Equal(18, byLevel["region"].Count);
        Assert.Equal(101, byLevel["departement"].Count);
        Assert.Contains(byLevel["region"], t => t.GetProperty("code").GetString() == "R53" && t.GetProperty("label").GetString() == "Bretagne");
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Server.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> LatestYearAsync(HttpClient client)
    {
        using var years = await GetJsonAsync(client, "/api/years");
        return years.RootElement.EnumerateArray().Max(y => y.GetInt32());
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
