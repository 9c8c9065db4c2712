using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Warehouse.Tests.Explorer;

/// <summary>
/// The explorer over plain HTTP, as a browser without JavaScript gets it: everything is in the server's HTML; and its downloads
/// carry exactly the numbers the page shows.
/// </summary>
[Trait("Category", "process")]
public sealed partial class ExplorerHttpTests(ExplorerServerFixture fixture) : IClassFixture<ExplorerServerFixture>
{
    [Fact]
    public async Task Carte_IsServerRendered_ShapesTitlesAndTableInTheHtml()
    {
        using var client = fixture.Server.Client();
        var html = await client.GetStringAsync("/explorer/carte?indicateur=densite&profession=2&niveau=departements");

        Assert.Equal(101, TerritoryPath().Count(html));
        Assert.Equal(101, Regex.Count(html, "<path class=\"territory\"[^>]*><title>[^<]+</title></path>"));
        Assert.Equal(101, Regex.Count(html, "<tr>\\s*<th scope=\"row\">"));
        // The one script is the app's own progressive enhancement, deferred: nothing above needs it.
        Assert.Equal(Regex.Count(html, "<script"), Regex.Count(html, "<script src=\"/explorer/explorer.js\" defer></script>"));
        Assert.Equal(1, Regex.Count(html, "<script"));
        Assert.True(Encoding.UTF8.GetByteCount(html) < 300 * 1024, $"page weight {Encoding.UTF8.GetByteCount(html)} bytes");
    }

    [Fact]
    public async Task SecretValues_AreHatched_ExplainedInTheLegend_AndInTheirTitles()
    {
        using var client = fixture.Server.Client();
        var year = await fixture.LastYearAsync();
        var secret = await fixture.QueryAsync("""
            SELECT departement_code FROM rpt_fees
            WHERE profession_key = 31 AND territory_level = 'departement' AND year = $year AND tariff_fees_mean_status = 'NS'
            """, r => r.GetString(0), ("$year", year));
        Assert.NotEmpty(secret);
        var html = await client.GetStringAsync($"/explorer/carte?indicateur=honoraires&profession=31&niveau=departements&annee={year}");
        foreach (var code in secret)
        {
            Assert.Matches($"<path class=\"(territory|zoom-shape)\" data-code=\"{code}\" fill=\"url\\(#hachures-secret\\)\" data-gap=\"secret\"[^>]*><title>[^<]*secret statistique", html);
        }
        Assert.Contains("s : secret statistique (NS)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryView_Answers200_WithItsTitle()
    {
        using var client = fixture.Server.Client();
        foreach (var (url, title) in new[]
        {
            ("/explorer", "Explorer les données"),
            ("/explorer/carte?indicateur=part-femmes&profession=32&niveau=regions", "Part des femmes"),
            ("/explorer/carte?indicateur=depassement&profession=5", "Taux de dépassement"),
            ("/explorer/classement?indicateur=part-60-ans&profession=2&niveau=departements&region=R84", "départements de Auvergne-Rhône-Alpes"),
            ("/explorer/evolution?indicateur=honoraires&profession=2&territoires=FR,R53", "Honoraires moyens"),
            ("/explorer/evolution?indicateur=patientele&profession=2&territoires=FR&mode=indice", "Patientèle moyenne"),
            ("/explorer/evolution?indicateur=effectif&professions=32,29&territoires=38", "Isère"),
            ("/explorer/evolution?indicateur=effectif&profession=32&territoires=38&ajouter=R84", "name=\"territoires\" value=\"38,R84\""),
            ("/explorer/evolution?indicateur=effectif&profession=32&territoires=38&ajouter-profession=29", "name=\"professions\" value=\"32,29\""),
            ("/explorer/territoire/R53", "Bretagne"),
            ("/explorer/territoire/FR", "France"),
        })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.Contains(title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/explorer/territoire/ZZ")).StatusCode);
    }

    [Fact]
    public async Task CsvDownload_HoldsTheNumbersOfTheTable_InFrenchCsv()
    {
        using var client = fixture.Server.Client();
        const string query = "?indicateur=densite&profession=12&niveau=regions";
        var html = await client.GetStringAsync("/explorer/carte" + query);
        var shown = TableValue().Matches(html).Select(m => (Code: m.Groups[1].Value, Value: m.Groups[2].Value)).ToList();
        Assert.Equal(18, shown.Count);

        var bytes = await client.GetByteArrayAsync("/explorer/carte/donnees.csv" + query);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Code;Territoire;Densité", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(";Origine des données", lines[0], StringComparison.Ordinal); // the demo is synthetic: marked on every row
        Assert.Equal(18, lines.Length - 1);
        foreach (var (code, value) in shown)
        {
            var fields = lines.Single(l => l.StartsWith(code + ";", StringComparison.Ordinal)).Split(';');
            var expected = value.Length == 0 ? fields[2] : double.Parse(value, CultureInfo.InvariantCulture).ToString("0.############", CultureInfo.GetCultureInfo("fr-FR"));
            Assert.Equal(expected, fields[2]);
        }

        var xlsx = await client.GetAsync("/explorer/carte/donnees.xlsx" + query);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);

        var svg = await client.GetStringAsync("/explorer/carte/graphique.svg" + query);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Equal(18, TerritoryPath().Count(svg));

        var png = await client.GetAsync("/explorer/carte/graphique.png" + query);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await png.Content.ReadAsByteArrayAsync())[..4]);
    }

    [GeneratedRegex("<path class=\"territory\"")]
    private static partial Regex TerritoryPath();

    [GeneratedRegex("<th scope=\"row\">([^<]+)</th>\\s*<td[^>]*>[^<]*</td>\\s*<td class=\"num\" data-value=\"([^\"]*)\"")]
    private static partial Regex TableValue();
}
