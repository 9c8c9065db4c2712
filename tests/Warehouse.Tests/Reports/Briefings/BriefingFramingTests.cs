using System.Globalization;
using Warehouse.Core.Sql;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Briefings.Documents;
using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;
using Warehouse.Tests.Reports.Rendering;

namespace Warehouse.Tests.Reports.Briefings;

/// <summary>What misleads, read back from the PDF: bases, self-comparisons, marks, sources, blank pages.</summary>
public sealed class BriefingFramingTests(TrimmedWarehouses warehouses) : IClassFixture<TrimmedWarehouses>
{
    [Fact]
    public async Task FranceBriefing_PrintsNoComparisonOfFranceWithItself()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, "FR", 2024);
        var text = BeforeMethod(PdfText.Read(TerritoryBriefingDocument.Compose(model).RenderToBytes()));

        Assert.Null(model.Compare.RegionName);
        Assert.False(model.Compare.WithFrance);
        Assert.DoesNotContain("Région :", text, StringComparison.Ordinal);
        Assert.DoesNotContain("France :", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Densité région", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Densité France", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dépassement, France", text, StringComparison.Ordinal);
        Assert.Contains("Âge des médecins libéraux en 2024 (part de chaque tranche, %) France ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tranche, %) France France", text, StringComparison.Ordinal); // a legend of one entry
        Assert.All(model.Trends, panel => Assert.Single(panel.Series));
    }

    [Fact]
    public async Task DromBriefing_IsItsOwnRegion_AndItsMapDrawsFranceWithTheInsets()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, "973", 2024);
        var text = BeforeMethod(PdfText.Read(TerritoryBriefingDocument.Compose(model).RenderToBytes()));
        var map = new MapBlock(MapScope.France, model.Map.Values.ToDictionary(v => v.DepartementCode, v => v.Value.Value), 215f) { Highlight = model.Map.Highlight };
        new PdfReport(new ReportInfo("carte", "Guyane")).Add(map).RenderToBytes();

        Assert.Equal("Département et région d'outre-mer", model.LevelDescription);
        Assert.DoesNotContain("Région :", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Densité région", text, StringComparison.Ordinal);
        Assert.Contains("France :", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Guyane — Guyane", text, StringComparison.Ordinal);
        Assert.True(model.Map.WholeCountry);
        Assert.Equal("973", model.Map.Highlight);
        Assert.Equal(101, model.Map.Values.Count);
        Assert.Equal(101, map.DrawnFeatureCount); // 96 in the main panel + the five DROM insets
        Assert.Contains("Guyane", text, StringComparison.Ordinal);
        Assert.Contains("Mayotte", text, StringComparison.Ordinal); // inset labels
    }

    [Fact]
    public async Task KpiTile_GivesTheRankOfTheDensity_InTheRegionAndInFrance_AsInTheFacts()
    {
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, "2A", 2024)).RenderToBytes());
        await using var connection = await warehouses.Full.OpenAsync();
        var densities = await DbCommands.QueryAsync(connection,
            """
            SELECT region_code, departement_code, density FROM rpt_headcount_density
            WHERE profession_key = 2 AND territory_level = 'departement' AND year = 2024 AND age_band = 'Tout âge' AND sex = 'tout sexe' AND density IS NOT NULL
            """, r => (Region: r.GetString(0), Code: r.GetString(1), Density: Convert.ToDouble(r.GetValue(2), CultureInfo.InvariantCulture)), CancellationToken.None);
        var mine = densities.Single(d => d.Code == "2A").Density;
        var corsica = densities.Where(d => d.Region == "94").ToList();
        string Rank(int position) => position == 1 ? "1er" : $"{position}e";

        var expected = $"Rang : {Rank(1 + corsica.Count(d => d.Density > mine))}/{corsica.Count} région · {Rank(1 + densities.Count(d => d.Density > mine))}/{densities.Count} France";

        Assert.Equal(2, corsica.Count);
        Assert.Contains(expected, PdfText.Flatten(pdf.Pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DromBriefing_FlagsChangesThatRestOnFewerThanTenPractitioners()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, "973", 2024);
        var text = BeforeMethod(PdfText.Read(TerritoryBriefingDocument.Compose(model).RenderToBytes()));
        var pediatres = model.Professions.Single(p => p.Label == "Pédiatres");
        var nurses = model.Professions.Single(p => p.Label == "Infirmiers");

        Assert.True(pediatres.FewPractitioners);
        Assert.False(nurses.FewPractitioners);
        Assert.Contains(PdfText.Flatten($"Pédiatres ² {FrenchFormat.Whole(pediatres.Headcount.Value!.Value)} {FrenchFormat.SignedPercent(pediatres.HeadcountChangeOneYear.Value.Value!.Value)} † {FrenchFormat.SignedPercent(pediatres.HeadcountChange.Value.Value!.Value)} †"), text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"Infirmiers [^A-Za-z]*†", text);
        Assert.Contains("† : moins de 10 praticiens", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KpiChange_IsTheChangeOfTheDensityItSitsUnder_SinceTheYearItNames()
    {
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, "2A", 2024)).RenderToBytes());
        var (density2019, headcount2019) = await GpAsync(2019);
        var (density2024, headcount2024) = await GpAsync(2024);
        var densityChange = FrenchFormat.SignedPercent(density2024 / density2019 * 100 - 100);
        var headcountChange = FrenchFormat.SignedPercent(headcount2024 / headcount2019 * 100 - 100);

        Assert.NotEqual(densityChange, headcountChange); // the sample tells the two bases apart
        Assert.Contains(PdfText.Flatten($"densité : {densityChange} depuis 2019"), PdfText.Flatten(pdf.Pages[0]), StringComparison.Ordinal);
        Assert.Contains(PdfText.Flatten($"en baisse depuis 2019 : {headcountChange}"), PdfText.Flatten(pdf.Pages[0]), StringComparison.Ordinal);
        Assert.NotEmpty(pdf.PagesContainingLetters("Évol. effectif depuis 2019")); // a header on three lines
        Assert.DoesNotContain("en 5 ans", string.Join(" ", pdf.Pages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretNotApplicableAndAbsent_PrintThreeDifferentMarks_EachExplained()
    {
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(warehouses.WithSecrets, "2A", 2024)).RenderToBytes());
        var text = BeforeMethod(pdf);
        var map = PdfText.Read(TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(warehouses.WithSecrets, "FR", 2024)).RenderToBytes());

        Assert.Contains("Pédiatres ² s s s s", text, StringComparison.Ordinal); // headcount, both changes, density
        Assert.Contains("Chirurgiens-dentistes (hors ODF) – – – –", text, StringComparison.Ordinal);
        Assert.Matches(@"Masseurs-kinésithérapeutes [\d ]+ [+−]?\d+ % nd \d+,\d ", text); // 2023 loaded, 2019 absent
        Assert.Contains("s secret statistique (NS)", text, StringComparison.Ordinal);
        Assert.Contains("– non concerné (NC)", text, StringComparison.Ordinal);
        Assert.Contains("nd non disponible", text, StringComparison.Ordinal);
        Assert.Contains("Sans barre (s : secret, – : non concerné, nd : non disponible) : 40–44 (s).", text, StringComparison.Ordinal);
        Assert.Contains("Absent des barres : Non conventionnés 2022 (s).", text, StringComparison.Ordinal);
        var firstPage = PdfText.Flatten(map.Pages[0]);
        Assert.Contains("s : secret statistique (NS)", firstPage, StringComparison.Ordinal);
        Assert.Contains("– : non concerné (NC)", firstPage, StringComparison.Ordinal);
        Assert.Matches(@"nd : non disponible \(absent (\S+ ){0,3}des données\)", firstPage); // an inset's label may sit between the legend's two lines
    }

    [Fact]
    public async Task SyntheticBriefing_NeverCitesTheCnamAsItsSource_AndTheMethodPageStatesTheRules()
    {
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, "2A", 2024)).RenderToBytes());
        var all = PdfText.Flatten(string.Join(" ", pdf.Pages));
        var method = PdfText.Flatten(string.Join(" ", pdf.Pages.SkipWhile(p => !p.Contains("Méthode et sources", StringComparison.Ordinal))));

        Assert.DoesNotContain("Source : Cnam", all, StringComparison.Ordinal);
        Assert.All(pdf.Pages, page => Assert.Contains(ReportInfo.SyntheticSource, PdfText.Flatten(page), StringComparison.Ordinal));
        Assert.Contains("entre −1 % et +1 % : stable", method, StringComparison.Ordinal);
        Assert.Contains("les sages-femmes (pour 100 000 femmes de 15 à 49 ans)", method, StringComparison.Ordinal);
        Assert.Contains("les pédiatres (pour 100 000 enfants)", method, StringComparison.Ordinal);
        Assert.Contains("non conventionnés compris", method, StringComparison.Ordinal);
        Assert.NotEmpty(pdf.PagesContainingLetters("Jeu de données Données publiées le Chargé le Licence"));
        Assert.NotEmpty(pdf.PagesContainingLetters("sans objet (données synthétiques)"));
        Assert.Matches(@"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}", method);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", method);
    }

    [Fact]
    public async Task ProfessionBriefing_NamesTheDensityBaseOfTheProfession_AndAgreesTheAdjective()
    {
        var pdf = PdfText.Read(ProfessionBriefingDocument.Compose(await ProfessionBriefingBuilder.BuildAsync(warehouses.Full, "Sages-femmes", 2024)).RenderToBytes());
        var firstPage = PdfText.Flatten(pdf.Pages[0]);

        Assert.Equal("Sages-femmes libérales — 2024", pdf.Title);
        Assert.Contains(1, pdf.PagesContainingLetters("Densité pour 100 000 femmes de 15 à 49 ans")); // a tile label on two lines
        Assert.Contains("Sages-femmes pour 100 000 femmes de 15 à 49 ans, 2024", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("habitants", firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DensityBases_NameProfessionsOfTheDimension()
    {
        await using var connection = await warehouses.Full.OpenAsync();
        foreach (var label in DensityBases.Exceptions.Keys)
        {
            Assert.Equal(1L, Convert.ToInt64(await DbCommands.ScalarAsync(connection, "SELECT COUNT(*) FROM dim_profession WHERE label = @l", null, ("l", label)), CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// No page but the last is more than half blank: the lowest fragment of each page reaches at least half the content
    /// height (measured from the layout). The last page holds what is left of the method section.
    /// </summary>
    [Theory]
    [InlineData("2A")]
    [InlineData("973")]
    [InlineData("R84")]
    [InlineData("FR")]
    [InlineData("Infirmiers")]
    [InlineData("Sages-femmes")]
    public async Task StandardBriefing_HasNoPageMoreThanHalfBlank(string subject)
    {
        var report = subject.Length <= 3
            ? TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, subject, 2024))
            : ProfessionBriefingDocument.Compose(await ProfessionBriefingBuilder.BuildAsync(warehouses.Full, subject, 2024));

        var rendered = report.Render(Stream.Null);

        Assert.InRange(rendered.PageCount, 3, 8);
        Assert.All(rendered.PageFill.SkipLast(1).Select((fill, i) => (fill, page: i + 1)), p => Assert.True(p.fill >= 0.5f, $"page {p.page} is filled to {p.fill:P0}"));
    }

    private static string BeforeMethod(PdfText pdf) =>
        PdfText.Flatten(string.Join(" ", pdf.Pages.TakeWhile(p => !p.Contains("Méthode et sources", StringComparison.Ordinal))));

    private async Task<(double Density, double Headcount)> GpAsync(int year)
    {
        await using var connection = await warehouses.Full.OpenAsync();
        var rows = await DbCommands.QueryAsync(connection,
            """
            SELECT density, headcount FROM rpt_headcount_density
            WHERE profession_key = 2 AND departement_code = '2A' AND year = @y AND age_band = 'Tout âge' AND sex = 'tout sexe'
            """, r => (Convert.ToDouble(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToDouble(r.GetValue(1), CultureInfo.InvariantCulture)), CancellationToken.None, ("y", year));
        return rows.Single();
    }
}
