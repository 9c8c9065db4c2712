using System.Net;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>A demo server whose render limit does not get in the way of trying many bad values.</summary>
public sealed class UnlimitedRenderServerFixture : IAsyncLifetime
{
    internal ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>
    {
        ["Warehouse__Server__RenderRequestsPerMinute"] = "100000",
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// Every report, extract and history parameter tried with <see cref="HostileValues"/>: each answer is a clear refusal
/// (400 with a message, 404 for a path that is no id, 414 for an over-long address), never a leaked SQL error or a file
/// from outside the archive, and the warehouse is unchanged.
/// </summary>
[Trait("Category", "process")]
public sealed class HostileParameterTests(UnlimitedRenderServerFixture fixture) : IClassFixture<UnlimitedRenderServerFixture>
{
    private static readonly string[] QueryTemplates =
    [
        "/api/reports/territory?code={0}&format=pdf",
        "/api/reports/territory?code=2A&year={0}",
        "/api/reports/territory?code=2A&map-profession={0}",
        "/api/reports/territory?code=2A&format={0}",
        "/api/reports/profession?profession={0}",
        "/api/reports/profession?profession=Infirmiers&year={0}",
        "/api/reports/{0}?code=2A",
        "/api/extracts?dataset={0}&territory=D38",
        "/api/extracts?dataset=effectifs&territory={0}",
        "/api/extracts?dataset=effectifs&territory=D38&years={0}",
        "/api/extracts?dataset=effectifs&territory=D38&profession={0}",
        "/api/extracts?dataset=effectifs&territory=D38&format={0}",
    ];

    [Fact]
    public async Task EveryParameter_RefusesEveryHostileValue_WithoutLeaking_AndChangesNothing()
    {
        using var client = fixture.Server.Client();
        var before = await FingerprintAsync();
        var unexpected = new List<string>();
        var tried = 0;
        foreach (var template in QueryTemplates)
        {
            foreach (var value in HostileValues.All)
            {
                var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(value));
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                tried++;
                var status = (int)response.StatusCode;
                var clear = status switch
                {
                    // Kestrel itself refuses a NUL in the path, before any endpoint.
                    400 when value.Contains('\0', StringComparison.Ordinal) && template.StartsWith("/api/reports/{0}", StringComparison.Ordinal) => true,
                    400 => body.Contains("\"detail\"", StringComparison.Ordinal),
                    404 => template.StartsWith("/api/reports/{0}", StringComparison.Ordinal),
                    414 => value.Length > 1000,
                    _ => false,
                };
                var leak = HostileValues.LeakMarkers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal));
                if (!clear || leak is not null)
                {
                    unexpected.Add($"{path[..Math.Min(120, path.Length)]} → {status}{(leak is null ? "" : $" leaking \"{leak}\"")}: {body[..Math.Min(300, body.Length)]}");
                }
            }
        }

        Assert.True(unexpected.Count == 0, $"{unexpected.Count} of {tried} answers were not clear refusals:\n{string.Join("\n", unexpected)}");
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task HistoryDownloads_ServeOnlyArchivedFiles()
    {
        using var client = fixture.Server.Client();
        string[] paths =
        [
            "/historique/..%2F..%2Fetc%2Fpasswd", "/historique/%2e%2e/%2e%2e/etc/passwd", "/api/history/..%2Fwarehouse-demo.db",
            "/historique/-1", "/historique/0", "/api/history/999999999", "/historique/1%00.pdf", "/api/history/1e3",
            "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/history?limit=-5", "/api/history?limit=abc",
        ];
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is 400 or 404 || (path.Contains("limit=-5", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.OK),
                $"{path} → {(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
            Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite format 3", body, StringComparison.Ordinal);
            Assert.Null(response.Content.Headers.ContentDisposition);
        }
    }

    [Fact]
    public async Task OversizedRequestBodies_AreRefusedWith413()
    {
        using var portal = new PortalClient(fixture.Server);
        var token = PortalClient.TokenOf(await portal.PageAsync("/connexion"));
        using var form = new FormUrlEncodedContent([new("UserName", "x"), new("Password", new string('p', 1024 * 1024)), new("__RequestVerificationToken", token)]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/connexion", UriKind.Relative)) { Content = form };
        // As curl does for a large body, the client asks before sending it: the refusal then comes before any of the body.
        // Without it, the server's immediate 413 races the upload and the client may only see its connection closed.
        request.Headers.ExpectContinue = true;
        using var response = await portal.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>Row counts of every fact table and of the audit: what a refused request must leave as it was.</summary>
    private async Task<string> FingerprintAsync() =>
        Db.Text(await Db.ScalarAsync(WarehouseTarget.SqliteReadOnly(fixture.Server.DatabasePath), """
            SELECT (SELECT COUNT(*) FROM fact_headcount_density) || '/' || (SELECT COUNT(*) FROM fact_fees) || '/' ||
                   (SELECT COUNT(*) FROM etl_load_run) || '/' || (SELECT COUNT(*) FROM app_subscription) || '/' ||
                   (SELECT COUNT(*) FROM sqlite_master)
            """))!;
}
