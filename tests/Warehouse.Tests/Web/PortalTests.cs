using System.Net;
using System.Text.Json;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Reports.Rendering;

namespace Warehouse.Tests.Web;

/// <summary>The server-rendered portal over real HTTP: French pages, forms with anti-forgery, sign-in with the cookie.</summary>
[Collection(WebServerGroup.Name)]
[Trait("Category", "process")]
public sealed class PortalTests(WebServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    [Fact]
    public async Task Pages_SpeakFrench_WithLabelsBoundToTheirInputs()
    {
        using var portal = new PortalClient(Server, WebServerFixture.ReaderKey);

        var home = await portal.PageAsync("/");
        Assert.Contains("<html lang=\"fr\">", home, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip\" href=\"#contenu\">Aller au contenu</a>", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Catalogue des rapports</h1>", home, StringComparison.Ordinal);
        Assert.Contains("<strong>Données synthétiques</strong>", home, StringComparison.Ordinal);
        Assert.Contains("Fraîcheur des données", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/hangfire\"", home, StringComparison.Ordinal);

        var territory = await portal.PageAsync("/rapports/territoire");
        Assert.Contains("<label for=\"code\">Territoire</label>", territory, StringComparison.Ordinal);
        Assert.Contains("<select id=\"code\" name=\"Code\"", territory, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Départements\">", territory, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2A\">2A — Corse-du-Sud</option>", territory, StringComparison.Ordinal);
        Assert.Contains("<legend>Format</legend>", territory, StringComparison.Ordinal);

        var extracts = await portal.PageAsync("/extractions");
        Assert.Contains("<label for=\"years\">Années</label>", extracts, StringComparison.Ordinal);
        Assert.Contains("<label for=\"format-csv\">CSV</label>", extracts, StringComparison.Ordinal);

        Assert.Contains("<h1>Historique des rapports</h1>", await portal.PageAsync("/historique"), StringComparison.Ordinal);
        Assert.Contains("<label for=\"profession\">Profession</label>", await portal.PageAsync("/rapports/profession"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_SeesTheDashboardLink()
    {
        using var portal = new PortalClient(Server, WebServerFixture.OperatorKey);

        Assert.Contains("<a href=\"/hangfire\">", await portal.PageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_IsSentToTheSignInPage_WithoutCredentials()
    {
        using var portal = new PortalClient(Server);

        using var response = await portal.Http.GetAsync(new Uri("/historique", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/connexion?ReturnUrl=%2Fhistorique", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task FormPost_Is400_WithoutTheAntiforgeryToken()
    {
        using var portal = new PortalClient(Server, WebServerFixture.ReaderKey);
        using var form = new FormUrlEncodedContent([new("Code", "2A"), new("Format", "pdf")]);

        using var response = await portal.Http.PostAsync(new Uri("/rapports/territoire", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignIn_WithAConfiguredUser_GivesTheCookie_AndItsBriefingsGoToTheHistoryUnderItsName()
    {
        using var portal = new PortalClient(Server);

        using var signIn = await portal.SubmitAsync("/connexion?ReturnUrl=%2Frapports%2Fterritoire",
            [new("UserName", WebServerFixture.ReaderName), new("Password", WebServerFixture.ReaderPassword), new("ReturnUrl", "/rapports/territoire")]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/rapports/territoire", signIn.Headers.Location?.OriginalString);
        Assert.Contains(portal.Cookies, c => c.Name == "warehouse.auth" && c.HttpOnly);

        Assert.Contains($"{WebServerFixture.ReaderName} (lecteur)", await portal.PageAsync("/"), StringComparison.Ordinal);
        using var download = await portal.SubmitAsync("/rapports/territoire", [new("Code", "R94"), new("Format", "pdf")]);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("briefing-territoire-R94-", download.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Contains("Corse", string.Join(" ", PdfText.Read(pdf).Pages), StringComparison.Ordinal);

        var history = await portal.PageAsync("/historique?rapport=territory");
        Assert.Contains("briefing-territoire-R94-", history, StringComparison.Ordinal);
        using var api = Server.Client(WebServerFixture.ReaderKey);
        using var rows = JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/history?limit=200", UriKind.Relative)));
        Assert.Contains(rows.RootElement.EnumerateArray(), r => r.GetProperty("renderedBy").GetString() == WebServerFixture.ReaderName
            && r.GetProperty("fileName").GetString()!.StartsWith("briefing-territoire-R94-", StringComparison.Ordinal));

        using var signOut = await portal.SubmitAsync("/deconnexion", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await portal.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsAnError_AndGivesNoCookie()
    {
        using var portal = new PortalClient(Server);

        using var response = await portal.SubmitAsync("/connexion", [new("UserName", WebServerFixture.ReaderName), new("Password", "pas-le-bon")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nom d&#x27;utilisateur ou mot de passe incorrect.", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.Cookies, c => c.Name == "warehouse.auth");
    }

    [Fact]
    public async Task SignIn_IgnoresAReturnUrlToAnotherSite()
    {
        using var portal = new PortalClient(Server);

        using var response = await portal.SubmitAsync("/connexion",
            [new("UserName", WebServerFixture.OperatorName), new("Password", WebServerFixture.OperatorPassword), new("ReturnUrl", "https://evil.example/")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TerritoryForm_ShowsTheErrorWithSuggestions_ForAnUnknownCode()
    {
        using var portal = new PortalClient(Server, WebServerFixture.ReaderKey);

        using var response = await portal.SubmitAsync("/rapports/territoire", [new("Code", "2C"), new("Format", "pdf")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<strong>Erreur :</strong> Unknown territory", html, StringComparison.Ordinal);
        Assert.Contains("2A (Corse-du-Sud)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractionForm_StreamsTheCsv_OrShowsWhyNothingMatches()
    {
        using var portal = new PortalClient(Server, WebServerFixture.ReaderKey);

        using var csv = await portal.SubmitAsync("/extractions", [new("Dataset", "effectifs"), new("Years", "2024"), new("Territory", "2A"), new("Format", "csv")]);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("2024;", line, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.Contains(";Corse-du-Sud;", line, StringComparison.Ordinal));

        using var empty = await portal.SubmitAsync("/extractions", [new("Dataset", "effectifs"), new("Years", "2024"), new("Territory", "35"), new("Format", "csv")]);
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("text/html", empty.Content.Headers.ContentType?.MediaType);
        Assert.Null(empty.Content.Headers.ContentDisposition);
        Assert.Contains("<strong>Erreur :</strong> No rows match this selection", html, StringComparison.Ordinal);
    }
}
