using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Core.Sql;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Briefings.Documents;
using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Reports.Rendering;

namespace Warehouse.Tests.Reports.Briefings;

/// <summary>Briefings read back from the PDF: the numbers printed are the numbers in the warehouse.</summary>
[Trait("Category", "database")]
public sealed class BriefingPdfTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    [Fact]
    public async Task TerritoryBriefing_ProfessionTable_PrintsTheHeadcountAndDensityOfEveryProfession_AsInTheFacts()
    {
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "2A", 2024)).RenderToBytes());
        var text = PdfText.Flatten(string.Join(" ", pdf.Pages));

        var rows = await FactsAsync("""
            SELECT profession_short, headcount, density FROM rpt_headcount_density
            WHERE region_code = '94' AND departement_code = '2A' AND year = 2024 AND age_band = 'Tout âge' AND sex = 'tout sexe' AND headcount IS NOT NULL
            """);
        Assert.NotEmpty(rows);
        foreach (var (label, headcount, density) in rows)
        {
            // Label (with the mark of its density base, if any), headcount, its two changes, density.
            var expected = $"{Regex.Escape(PdfText.Flatten(label))}( [¹²³])? {Regex.Escape(PdfText.Flatten(FrenchFormat.Whole(headcount)))}( \\S+( %)?){{2}} {Regex.Escape(PdfText.Flatten(FrenchFormat.OneDecimal(density)))} ";
            Assert.Matches(expected, text);
        }
    }

    [Fact]
    public async Task TerritoryBriefing_FirstPage_ShowsTheGpDensityKpiAndTheSyntheticMarkOnEveryPage()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "2A", 2024);
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(model).RenderToBytes());

        var gp = (await FactsAsync("""
            SELECT profession_short, headcount, density FROM rpt_headcount_density
            WHERE profession_key = 2 AND departement_code = '2A' AND year = 2024 AND age_band = 'Tout âge' AND sex = 'tout sexe'
            """)).Single();
        Assert.Contains(PdfText.Flatten(FrenchFormat.OneDecimal(gp.Density)), PdfText.Flatten(pdf.Pages[0]), StringComparison.Ordinal);
        Assert.Equal("Corse-du-Sud — professionnels de santé libéraux, 2024", pdf.Title);
        Assert.All(pdf.Pages, page => Assert.Contains(ReportInfo.SyntheticMark, page, StringComparison.Ordinal));
        var method = string.Join(" ", pdf.Pages.SkipWhile(p => !p.Contains("Méthode et sources", StringComparison.Ordinal)));
        Assert.Contains($"Version du schéma : {LatestMigration}", PdfText.Flatten(method), StringComparison.Ordinal);
        Assert.Contains("Licence Ouverte", method, StringComparison.Ordinal);
        Assert.All(pdf.Sizes, size => Assert.Equal((595, 842), ((int)Math.Round(size.Width), (int)Math.Round(size.Height))));
    }

    [Fact]
    public async Task TerritoryBriefing_Map_DrawsEveryDepartementOfTheRegion()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "R84", 2024);
        var map = new MapBlock(MapScope.Departements(model.Map.Values.Select(v => v.DepartementCode), "Auvergne-Rhône-Alpes"),
            model.Map.Values.ToDictionary(v => v.DepartementCode, v => v.Value.Value), 215f);
        var report = new PdfReport(new ReportInfo("carte", "ARA")).Add(map);

        report.RenderToBytes();

        Assert.Equal(12, model.Map.Values.Count);
        Assert.Equal(12, map.DrawnFeatureCount);
    }

    [Fact]
    public async Task ProfessionBriefing_Rankings_PrintTheTenHighestDensitiesOfTheFacts()
    {
        var pdf = PdfText.Read(ProfessionBriefingDocument.Compose(await ProfessionBriefingBuilder.BuildAsync(warehouse.Engine, "Infirmiers", 2024)).RenderToBytes());
        var firstPage = PdfText.Flatten(pdf.Pages[0]);

        var top = (await FactsAsync("""
            SELECT territory, headcount, density FROM rpt_headcount_density
            WHERE profession_key = 34 AND territory_level = 'departement' AND year = 2024 AND age_band = 'Tout âge' AND sex = 'tout sexe' AND density IS NOT NULL
            ORDER BY density DESC
            """)).Take(10).ToList();
        Assert.Equal(10, top.Count);
        foreach (var (territory, _, density) in top)
        {
            Assert.Contains(PdfText.Flatten(territory), firstPage, StringComparison.Ordinal);
            Assert.Contains(PdfText.Flatten(FrenchFormat.OneDecimal(density)), firstPage, StringComparison.Ordinal);
        }
    }

    private static string LatestMigration =>
        Path.GetFileNameWithoutExtension(Warehouse.Core.Migrations.MigrationScripts.For(Warehouse.Core.EngineKind.Sqlite)[^1].Name);

    private async Task<List<(string Label, double Headcount, double Density)>> FactsAsync(string sql)
    {
        await using var connection = await warehouse.Engine.OpenAsync();
        await using var command = DbCommands.Create(connection, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, double, double)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
