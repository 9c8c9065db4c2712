using ClosedXML.Excel;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Extracts;
using Warehouse.Tests.Reports.Extracts;

namespace Warehouse.Tests.Reports.Briefings;

public sealed class BriefingCompanionTests(TrimmedWarehouses warehouses) : IClassFixture<TrimmedWarehouses>
{
    [Fact]
    public async Task Companion_HoldsTheYearsBehindTheTrendCharts_NotOnlyFiveYears()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.LongHistory, "2A", 2024);
        var request = await BriefingCompanion.TerritoryAsync(warehouses.LongHistory, "2A", 2024);

        Assert.Equal([2012, 2019, 2020, 2021, 2022, 2023, 2024], model.Years);
        Assert.Equal(model.Years, request.Years);
        Assert.Equal(2019, model.ChangeBaseYear); // the changes still look five years back at most
    }

    [Fact]
    public async Task Companion_OfADrom_HasNoRegionBesideIt()
    {
        var request = await BriefingCompanion.TerritoryAsync(warehouses.Full, "973", 2024);

        Assert.Equal(["D973", "FR"], request.Territories);
    }

    [Fact]
    public async Task Companion_StartsWithTheBriefingAsPrinted_ThenTheData()
    {
        using var workbook = await CompanionAsync(warehouses.Full, "2A");

        Assert.Equal(
            ["Indicateurs", "Professions", "Tendances", "Effectifs", "Âges", "Secteurs", "Exercices", "Honoraires", "Prescriptions", "Patientèle", "Dictionnaire", "À propos"],
            workbook.Worksheets.Select(s => s.Name));
        Assert.Contains(workbook.Worksheet("À propos").RowsUsed(), r => r.Cell(2).GetString().Contains("le briefing tel qu'il est imprimé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Indicators_AreTheTilesValues_AgainstRegionAndFrance_WithTheBaseOfTheirChange()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.Full, "2A", 2024);
        using var workbook = await CompanionAsync(warehouses.Full, "2A");
        var sheet = workbook.Worksheet("Indicateurs");
        var header = HeaderRow(sheet);

        Assert.Equal(["Indicateur", "Unité", "Corse-du-Sud", "Région (Corse)", "France", "Évolution (%)", "Évolution de", "Depuis", "Rangs"], XlsxWorkbook.Headers(sheet, header));
        Assert.Equal(model.Kpis.Count, sheet.LastRowUsed().RowNumber() - header - 3); // a blank line and two notes below
        foreach (var (kpi, index) in model.Kpis.Select((k, i) => (k, i)))
        {
            var row = sheet.Row(header + 1 + index);
            Assert.Equal(kpi.Label, row.Cell(1).GetString());
            AssertPrinted(kpi.Value, row.Cell(3));
            AssertPrinted(kpi.Region, row.Cell(4));
            AssertPrinted(kpi.France, row.Cell(5));
            if (kpi.Change.Value.Value is { } change)
            {
                Assert.Equal(change, row.Cell(6).GetDouble(), 9);
                Assert.Equal(kpi.Change.Measured, row.Cell(7).GetString());
                Assert.Equal(kpi.Change.BaseYear, (int)row.Cell(8).GetDouble());
            }
        }
    }

    [Fact]
    public async Task France_IsComparedWithNothing_AndADromWithFranceOnly()
    {
        using var france = await CompanionAsync(warehouses.Full, "FR");
        using var guyane = await CompanionAsync(warehouses.Full, "973");

        var franceHeaders = XlsxWorkbook.Headers(france.Worksheet("Indicateurs"), HeaderRow(france.Worksheet("Indicateurs")));
        Assert.DoesNotContain(franceHeaders, h => h.StartsWith("Région", StringComparison.Ordinal));
        Assert.Single(franceHeaders, h => h == "France"); // the territory's own column, nothing beside it
        var professions = france.Worksheet("Professions");
        Assert.DoesNotContain(XlsxWorkbook.Headers(professions, HeaderRow(professions)), h => h is "Densité région" or "Densité France");
        var guyaneHeaders = XlsxWorkbook.Headers(guyane.Worksheet("Indicateurs"), HeaderRow(guyane.Worksheet("Indicateurs")));
        Assert.Contains("France", guyaneHeaders);
        Assert.DoesNotContain(guyaneHeaders, h => h.StartsWith("Région", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Professions_PrintSecretAndNotApplicable_AsTheTableDoes()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.WithSecrets, "2A", 2024);
        using var workbook = await CompanionAsync(warehouses.WithSecrets, "2A");
        var sheet = workbook.Worksheet("Professions");
        var header = HeaderRow(sheet);
        var density = XlsxWorkbook.Column(sheet, header, "Densité");

        var cells = model.Professions.ToDictionary(p => p.Label, p => sheet.RowsUsed().Single(r => r.RowNumber() > header && r.Cell(1).GetString() == p.Label).Cell(density));
        Assert.Equal(model.Professions.Count, cells.Count);
        Assert.Equal("s", cells[model.Professions.Single(p => p.Density.IsSecret && p.Label.StartsWith("Pédiatres", StringComparison.Ordinal)).Label].GetString());
        Assert.Contains(model.Professions, p => p.Density.IsNotApplicable && cells[p.Label].GetString() == "–");
        Assert.Contains(sheet.RowsUsed(), r => r.Cell(1).GetString().StartsWith("s : secret statistique", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trends_HoldEveryYearOfTheCharts()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.LongHistory, "2A", 2024);
        using var workbook = await CompanionAsync(warehouses.LongHistory, "2A");
        var sheet = workbook.Worksheet("Tendances");
        var header = HeaderRow(sheet);

        Assert.Equal(["Profession", "Territoire", .. model.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))], XlsxWorkbook.Headers(sheet, header));
        var first = model.Trends[0].Series[0];
        var row = sheet.RowsUsed().First(r => r.RowNumber() > header && r.Cell(1).GetString() == model.Trends[0].Profession && r.Cell(2).GetString() == first.Name);
        Assert.Equal(first.Values[^1]!.Value, row.Cell(XlsxWorkbook.Column(sheet, header, "2024")).GetDouble(), 9);
        Assert.Equal(100, row.Cell(XlsxWorkbook.Column(sheet, header, model.FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture))).GetDouble(), 9);
    }

    private static async Task<XLWorkbook> CompanionAsync(Warehouse.Core.Engines.IWarehouseEngine engine, string code)
    {
        var request = await BriefingCompanion.TerritoryAsync(engine, code, 2024);
        using var buffer = new MemoryStream();
        await new ExtractService(engine).WriteAsync(request, buffer);
        return XlsxWorkbook.Open(buffer.ToArray());
    }

    /// <summary>A number where the briefing prints one, else the mark it prints.</summary>
    private static void AssertPrinted(Warehouse.Reports.Data.Measure measure, IXLCell cell)
    {
        if (measure.Value is { } value)
        {
            Assert.Equal(value, cell.GetDouble(), 9);
        }
        else
        {
            Assert.Equal(measure.IsSecret ? "s" : measure.IsNotApplicable ? "–" : "nd", cell.GetString());
        }
    }

    /// <summary>Below the banner and the title.</summary>
    private static int HeaderRow(IXLWorksheet sheet) => sheet.SheetView.SplitRow;
}
