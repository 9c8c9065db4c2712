using System.Globalization;
using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Explorer;

/// <summary>
/// The explorer's seed examples opened by URL in headless Chromium against a real server: shapes counted, and every number
/// of the tooltips and tables checked against a direct SQL query on the rpt_* views of the same warehouse file.
/// </summary>
[Trait("Category", "browser")]
public sealed class ExplorerBrowserTests(ExplorerServerFixture fixture) : IClassFixture<ExplorerServerFixture>
{
    private const string DensitySql = """
        SELECT CASE WHEN territory_level = 'region' THEN 'R' || region_code ELSE departement_code END, density, density_status
        FROM rpt_headcount_density
        WHERE profession_key = $profession AND year = $year AND territory_level = $level AND age_band = 'Tout âge' AND sex = 'tout sexe'
        """;

    [SkippableFact]
    public async Task Carte_ByDepartement_Has101Departements_5DromInsetsAndCorse_AndTooltipsEqualSql()
    {
        var year = await fixture.LastYearAsync();
        var page = await OpenAsync($"/explorer/carte?indicateur=densite&profession=2&annee={year}&niveau=departements");
        var browser = await fixture.BrowserAsync();

        Assert.Equal(101, await IntAsync(page, "document.querySelectorAll('svg.carte path.territory').length"));
        // The map model (MapScope) puts the five DROM and Corse in insets beside the mainland.
        Assert.Equal(5, await IntAsync(page, "document.querySelectorAll('svg.carte g.panel.inset:not([data-panel=\"Corse\"]) path.territory').length"));
        Assert.Equal(2, await IntAsync(page, "document.querySelectorAll('svg.carte g.panel.inset[data-panel=\"Corse\"] path.territory').length"));
        Assert.Equal(94, await IntAsync(page, "document.querySelectorAll('svg.carte g.panel.main path.territory').length"));
        Assert.True(await IntAsync(page, "document.querySelectorAll('svg.carte .legende rect.classe').length") is >= 2 and <= 5);

        var titles = await TitlesAsync(browser, page, "svg.carte path.territory");
        var expected = await fixture.QueryAsync(DensitySql, r => (Code: r.GetString(0), Value: r.IsDBNull(1) ? (double?)null : r.GetDouble(1), Status: r.IsDBNull(2) ? null : r.GetString(2)),
            ("$profession", 2), ("$year", year), ("$level", "departement"));
        Assert.NotEmpty(expected); // the small sample covers some départements; the others are drawn as absent
        Assert.All(titles.Keys.Except(expected.Select(e => e.Code)), code => Assert.EndsWith(" : non disponible", titles[code], StringComparison.Ordinal));
        var published = expected.Where(e => e.Value is not null).Select(e => e.Value!.Value).ToList();
        foreach (var row in expected)
        {
            var title = titles[row.Code];
            if (row.Value is { } v)
            {
                var rank = 1 + published.Count(p => p > v);
                Assert.Contains($" : {FrenchFormat.Number(v, 1)} pour 100 000 hab. — rang {rank} sur {published.Count}", title, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(row.Status == "NS" ? "secret statistique" : "non", title, StringComparison.Ordinal);
            }
        }
        // The table under the map holds the same numbers.
        var cells = await CellsAsync(browser, page);
        Assert.Equal(101, cells.Count);
        Assert.Equal(101 - expected.Count, titles.Count(t => t.Value.EndsWith(" : non disponible", StringComparison.Ordinal)));
        foreach (var row in expected.Where(e => e.Value is not null))
        {
            Assert.Equal(Math.Round(row.Value!.Value, 1, MidpointRounding.AwayFromZero), cells[row.Code]!.Value, 6);
        }
    }

    [SkippableFact]
    public async Task Carte_ByRegion_OfGynecologues_Has18Regions_AndValuesEqualSql()
    {
        var year = await fixture.LastYearAsync();
        var page = await OpenAsync($"/explorer/carte?indicateur=densite&profession=12&annee={year}&niveau=regions");
        var browser = await fixture.BrowserAsync();

        Assert.Equal(18, await IntAsync(page, "document.querySelectorAll('svg.carte path.territory').length"));
        Assert.Equal(5, await IntAsync(page, "document.querySelectorAll('svg.carte g.panel.inset:not([data-panel=\"Corse\"]) path.territory').length"));
        Assert.Equal(1, await IntAsync(page, "document.querySelectorAll('svg.carte g.panel.inset[data-panel=\"Corse\"] path.territory').length"));
        Assert.Equal(12, await IntAsync(page, "document.querySelectorAll('svg.carte g.panel.main path.territory').length"));
        Assert.Equal(0, await IntAsync(page, "document.querySelectorAll('svg.carte g.panel.zoom').length"));
        var expected = await fixture.QueryAsync(DensitySql, r => (Code: r.GetString(0), Value: r.IsDBNull(1) ? (double?)null : r.GetDouble(1)),
            ("$profession", 12), ("$year", year), ("$level", "region"));
        Assert.NotEmpty(expected);
        var cells = await CellsAsync(browser, page);
        var titles = await TitlesAsync(browser, page, "svg.carte path.territory");
        foreach (var (code, value) in expected.Where(e => e.Value is not null))
        {
            Assert.Equal(Math.Round(value!.Value, 1, MidpointRounding.AwayFromZero), cells[code]!.Value, 6);
            Assert.Contains($" : {FrenchFormat.Number(value.Value, 1)} pour 100 000 femmes", titles[code[1..]], StringComparison.Ordinal);
        }
        // Clicking a territory opens its page.
        Assert.Equal("/explorer/territoire/R84", (await browser.EvaluateAsync(page, "document.querySelector('svg.carte path.territory[data-code=\"84\"]').closest('a').getAttribute('href')")).GetString());
    }

    [SkippableFact]
    public async Task Evolution_OfSagesFemmesInIsere_EqualsTheHeadcountsOfSql()
    {
        var page = await OpenAsync("/explorer/evolution?indicateur=effectif&profession=32&territoires=38,FR");
        var browser = await fixture.BrowserAsync();
        var expected = await fixture.QueryAsync("""
            SELECT year, headcount FROM rpt_headcount_density
            WHERE profession_key = 32 AND territory_level = 'departement' AND departement_code = '38' AND age_band = 'Tout âge' AND sex = 'tout sexe'
            ORDER BY year
            """, r => (Year: r.GetInt32(0), Headcount: r.IsDBNull(1) ? (double?)null : r.GetInt64(1)));
        Assert.NotEmpty(expected);
        var table = await TableAsync(browser, page, 1);
        Assert.Equal(expected.Count, table.Count);
        foreach (var (y, headcount) in expected)
        {
            Assert.Equal(headcount, table[y.ToString(CultureInfo.InvariantCulture)]);
        }
        Assert.Equal(2, await IntAsync(page, "document.querySelectorAll('svg.evolution g.serie').length"));
        Assert.Equal(expected.Count(e => e.Headcount is not null), await IntAsync(page, "document.querySelectorAll('svg.evolution g.serie[data-code=\"38\"] g.point').length"));
    }

    [SkippableFact]
    public async Task Evolution_OfPrescriptionsByPoste_ForASpecialty_EqualsSql()
    {
        var page = await OpenAsync("/explorer/evolution?indicateur=prescriptions&profession=22&territoires=FR&postes=tous");
        var browser = await fixture.BrowserAsync();
        var expected = await fixture.QueryAsync("""
            SELECT r.year, d.prescription_post_key, r.amount_mean
            FROM rpt_prescriptions r JOIN dim_prescription_post d ON d.label = r.prescription_post
            WHERE r.profession_key = 22 AND r.territory_level = 'country' AND NOT r.prescription_post_is_aggregate
            """, r => (Year: r.GetInt32(0), Post: r.GetInt32(1), Mean: r.IsDBNull(2) ? (double?)null : r.GetDouble(2)));
        Assert.NotEmpty(expected);
        Assert.Equal(8, await IntAsync(page, "document.querySelectorAll('svg.evolution g.serie').length"));
        var table = await browser.EvaluateAsync(page, "[...document.querySelectorAll('table.donnees tbody tr')].map(r => [...r.cells].map(c => c.dataset.value ?? c.textContent.trim()))");
        var rows = table.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToDictionary(r => int.Parse(r[0], CultureInfo.InvariantCulture));
        foreach (var (year, post, mean) in expected)
        {
            var shown = rows[year][post]; // columns: year, then the postes 1 to 8 in order
            Assert.Equal(mean is { } m ? Math.Round(m).ToString(CultureInfo.InvariantCulture) : "", shown);
        }
    }

    [SkippableFact]
    public async Task Classement_OfPrescriptions_IsInRankOrder_AndEqualsSql()
    {
        var year = await fixture.LastYearAsync();
        var page = await OpenAsync($"/explorer/classement?indicateur=prescriptions&profession=22&poste=1&niveau=regions&annee={year}");
        var browser = await fixture.BrowserAsync();
        var expected = await fixture.QueryAsync("""
            SELECT 'R' || region_code, amount_mean FROM rpt_prescriptions
            WHERE profession_key = 22 AND territory_level = 'region' AND prescription_post_code = '1' AND year = $year AND amount_mean IS NOT NULL
            ORDER BY amount_mean DESC
            """, r => (Code: r.GetString(0), Mean: r.GetDouble(1)), ("$year", year));
        Assert.NotEmpty(expected);
        Assert.Equal(18, await IntAsync(page, "document.querySelectorAll('svg.classement g.barre').length"));
        Assert.True(await IntAsync(page, "document.querySelectorAll('svg.classement line.reference').length") >= 1);
        var codes = (await browser.EvaluateAsync(page, "[...document.querySelectorAll('table.donnees tbody tr')].map(r => r.cells[0].textContent.trim())"))
            .EnumerateArray().Select(e => e.GetString()!).Take(expected.Count).ToList();
        var cells = await CellsAsync(browser, page);
        foreach (var (code, mean) in expected)
        {
            Assert.Equal(Math.Round(mean, 0, MidpointRounding.AwayFromZero), cells[code]!.Value, 6);
        }
        // Ties may swap places; the values must not.
        Assert.Equal(expected.Select(e => Math.Round(e.Mean)), codes.Select(c => cells[c]!.Value));
    }

    [SkippableFact]
    public async Task Territoire_OfIsere_ShowsItsGeneralistsDensityAsSql_AndLinksToItsBriefing()
    {
        var year = await fixture.LastYearAsync();
        var page = await OpenAsync($"/explorer/territoire/38?annee={year}");
        var browser = await fixture.BrowserAsync();
        var expected = (await fixture.QueryAsync(DensitySql + " AND departement_code = '38'", r => r.IsDBNull(1) ? (double?)null : r.GetDouble(1),
            ("$profession", 2), ("$year", year), ("$level", "departement"))).Single();
        Assert.Equal("Isère", (await browser.EvaluateAsync(page, "document.querySelector('main h1').textContent")).GetString());
        var kpi = (await browser.EvaluateAsync(page, "document.querySelector('.kpi .kpi-value').dataset.value")).GetString();
        Assert.Equal(expected, kpi is null or "" ? null : double.Parse(kpi, CultureInfo.InvariantCulture));
        Assert.Equal(6, await IntAsync(page, "document.querySelectorAll('svg.tendance').length"));
        Assert.Equal(1, await IntAsync(page, $"document.querySelectorAll('a[href=\"/api/reports/territory?code=38&year={year}&format=pdf\"]').length"));
        Assert.Equal(1, await IntAsync(page, "document.querySelectorAll('a[href=\"/api/extracts?territory=38&format=xlsx\"]').length"));
    }

    [SkippableFact]
    public async Task EveryControl_IsAFocusableFormElementOrLink_WithALabel()
    {
        var page = await OpenAsync("/explorer/carte?indicateur=densite&profession=2&niveau=departements");
        var browser = await fixture.BrowserAsync();
        Assert.Equal(0, await IntAsync(page, "[...document.querySelectorAll('main label')].filter(l => !l.control).length"));
        Assert.Equal(0, await IntAsync(page, "[...document.querySelectorAll('main select, main input, main button')].filter(e => !e.labels?.length && e.tagName !== 'BUTTON').length"));
        var unreachable = await browser.EvaluateAsync(page, """
            [...document.querySelectorAll('main select, main input, main button, main a[href]')]
                .filter(e => !e.closest('.zoom'))
                .filter(e => { e.focus(); return document.activeElement !== e; })
                .map(e => e.outerHTML.slice(0, 80))
            """);
        Assert.Equal(0, unreachable.GetArrayLength());
        // Each shape of the map is a link reached with Tab; the Paris zoom repeats shapes and is left out of the tab order.
        Assert.Equal(101, await IntAsync(page, "[...document.querySelectorAll('svg.carte a')].filter(a => a.tabIndex >= 0).length"));
        // Tab from the top of the page reaches the indicator picker.
        await browser.EvaluateAsync(page, "document.activeElement.blur()");
        for (var i = 0; i < 40 && (await browser.EvaluateAsync(page, "document.activeElement.id")).GetString() != "indicateur"; i++)
        {
            await browser.SendAsync("Input.dispatchKeyEvent", new { type = "keyDown", key = "Tab", code = "Tab", windowsVirtualKeyCode = 9 }, page);
            await browser.SendAsync("Input.dispatchKeyEvent", new { type = "keyUp", key = "Tab", code = "Tab", windowsVirtualKeyCode = 9 }, page);
        }
        Assert.Equal("indicateur", (await browser.EvaluateAsync(page, "document.activeElement.id")).GetString());
    }

    [SkippableFact]
    public async Task WithJavaScript_TheFocusedShapeShowsItsTooltip_AndAPickerRedrawsTheView()
    {
        var page = await OpenAsync("/explorer/carte?indicateur=densite&profession=2&niveau=departements");
        var browser = await fixture.BrowserAsync();
        await browser.WaitForAsync(page, "document.querySelector('.infobulle')", TimeSpan.FromSeconds(30));
        var (shown, title) = (await browser.EvaluateAsync(page, """
            (() => {
                const link = document.querySelector('svg.carte g.panel.main a');
                link.focus();
                const tip = document.querySelector('.infobulle');
                return [tip.hidden ? '' : tip.textContent, link.querySelector('title').textContent];
            })()
            """)).EnumerateArray().Select(e => e.GetString()).ToArray() switch { var a => (a[0], a[1]) };
        Assert.Equal(title, shown);

        await browser.EvaluateAsync(page, """
            (() => {
                const select = document.querySelector('#indicateur');
                select.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
                select.value = 'effectif';
                select.dispatchEvent(new Event('change', { bubbles: true }));
            })()
            """);
        await browser.WaitForAsync(page, "location.search.includes('indicateur=effectif') && document.readyState === 'complete' && document.querySelector('main h1')", TimeSpan.FromSeconds(30));
        Assert.StartsWith("Carte : Effectif", (await browser.EvaluateAsync(page, "document.querySelector('main h1').textContent")).GetString(), StringComparison.Ordinal);
    }

    private async Task<string> OpenAsync(string pathAndQuery)
    {
        var browser = await fixture.BrowserAsync();
        var page = await browser.OpenAsync(fixture.Url(pathAndQuery));
        await browser.WaitForAsync(page, "document.readyState === 'complete' && document.querySelector('main h1')", TimeSpan.FromSeconds(60));
        return page;
    }

    private async Task<int> IntAsync(string page, string expression) => (await (await fixture.BrowserAsync()).EvaluateAsync(page, expression)).GetInt32();

    private static async Task<Dictionary<string, string>> TitlesAsync(Web.HeadlessChromium browser, string page, string selector) =>
        (await browser.EvaluateAsync(page, $"Object.fromEntries([...document.querySelectorAll('{selector}')].map(p => [p.dataset.code, p.querySelector('title').textContent]))"))
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    /// <summary>Code → the value column (third) of the ranking table, as its data-value (the number shown).</summary>
    private static Task<Dictionary<string, double?>> CellsAsync(Web.HeadlessChromium browser, string page) => TableAsync(browser, page, 2);

    private static async Task<Dictionary<string, double?>> TableAsync(Web.HeadlessChromium browser, string page, int column) =>
        (await browser.EvaluateAsync(page, $"Object.fromEntries([...document.querySelectorAll('table.donnees tbody tr')].map(r => [r.cells[0].textContent.trim(), r.cells[{column}].dataset.value ?? '']))"))
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() is { Length: > 0 } v ? double.Parse(v, CultureInfo.InvariantCulture) : (double?)null);
}
