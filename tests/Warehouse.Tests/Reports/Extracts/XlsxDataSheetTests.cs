using System.Globalization;
using ClosedXML.Excel;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>The "Données" sheet of an XLSX extract, read back with ClosedXML and checked against direct SQL on the facts.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class XlsxDataSheetTests(ExtractWarehouseFixture warehouse)
{
    [Fact]
    public async Task Sheets_AreDataDictionaryAndAbout_ForOneDataset()
    {
        using var workbook = await FeesAraAsync();

        Assert.Equal(["Données", "Dictionnaire", "À propos"], workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public async Task Headers_AreFrenchWithCodesBesideLabelsAndStatusBesideMeasures()
    {
        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");

        var headers = XlsxWorkbook.Headers(sheet, XlsxWorkbook.HeaderRow(sheet));

        Assert.Equal(
            ["Année", "Famille de professions", "Groupe de professions", "Code profession", "Profession", "Agrégat de professions",
             "Niveau territorial", "Code région", "Région", "Code département", "Territoire",
             "Honoraires sans dépassement, total", "Honoraires sans dépassement, total – statut"],
            headers.Take(13));
        Assert.Equal(headers.IndexOf("Code région") + 1, headers.IndexOf("Région"));
        Assert.Equal(headers.IndexOf("Taux de dépassement secteur 2") + 1, headers.IndexOf("Taux de dépassement secteur 2 – statut"));
        Assert.Equal(26, headers.Count);
    }

    [Fact]
    public async Task HeaderRow_IsFrozen_AndTheDataIsAnExcelTableWithAutofilter()
    {
        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);

        Assert.Equal(headerRow, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        var table = Assert.Single(sheet.Tables);
        Assert.True(table.ShowAutoFilter);
        Assert.Equal(headerRow, table.RangeAddress.FirstAddress.RowNumber);
        Assert.Equal(sheet.LastRowUsed().RowNumber(), table.RangeAddress.LastAddress.RowNumber);
        Assert.Equal(26, table.RangeAddress.LastAddress.ColumnNumber);
    }

    [Fact]
    public async Task RowCount_EqualsTheFactRowsOfTheFilters()
    {
        var expected = await warehouse.CountAsync("SELECT COUNT(*) " + Requests.FeesAraWhere);
        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");

        var dataRows = sheet.LastRowUsed().RowNumber() - XlsxWorkbook.HeaderRow(sheet);

        Assert.True(expected > 100, $"The sample should have fees for région 84 and its départements ({expected} rows).");
        Assert.Equal(expected, dataRows);
    }

    [Fact]
    public async Task Measures_AreNumbersWithLocaleIndependentFormats()
    {
        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);
        var first = sheet.Row(headerRow + 1);

        var year = first.Cell(XlsxWorkbook.Column(sheet, headerRow, "Année"));
        var total = first.Cell(XlsxWorkbook.Column(sheet, headerRow, "Honoraires sans dépassement, total"));
        var rate = sheet.Column(XlsxWorkbook.Column(sheet, headerRow, "Taux de dépassement secteur 2")).CellsUsed()
            .First(c => c.Address.RowNumber > headerRow && !c.IsEmpty());

        Assert.Equal(XLDataType.Number, year.DataType);
        Assert.Equal("0", year.Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, total.DataType);
        Assert.Equal("#,##0", total.Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, rate.DataType);
        Assert.Equal("#,##0.0", rate.Style.NumberFormat.Format);
    }

    [Fact]
    public async Task Codes_AreTextKeepingLeadingZeros()
    {
        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);
        var codeColumn = XlsxWorkbook.Column(sheet, headerRow, "Code département");

        var ain = sheet.Column(codeColumn).CellsUsed().First(c => c.GetString() == "01");

        Assert.Equal(XLDataType.Text, ain.DataType);
        Assert.Equal("Ain", ain.CellRight().GetString());
    }

    [Fact]
    public async Task Value_EqualsADirectQueryOnTheFact()
    {
        await using var connection = await warehouse.Engine.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT f.year, f.profession_key, t.departement_code, f.tariff_fees_total, f.extra_billing_rate_s2 " + Requests.FeesAraWhere +
            " AND t.level = 'departement' AND f.tariff_fees_total IS NOT NULL AND f.extra_billing_rate_s2 IS NOT NULL ORDER BY f.year DESC, f.profession_key DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The sample should have a published fee for a département of région 84.");
        var (year, profession, departement) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2));
        var (total, rate) = (reader.GetInt64(3), reader.GetDouble(4));

        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);
        var row = FindRow(sheet, headerRow, year, profession, departement);

        Assert.Equal(total, row.Cell(XlsxWorkbook.Column(sheet, headerRow, "Honoraires sans dépassement, total")).GetDouble());
        Assert.Equal(rate, row.Cell(XlsxWorkbook.Column(sheet, headerRow, "Taux de dépassement secteur 2")).GetDouble());
        Assert.Equal(string.Empty, row.Cell(XlsxWorkbook.Column(sheet, headerRow, "Honoraires sans dépassement, total – statut")).GetString());
    }

    [Theory]
    [InlineData("NS", "secret statistique")]
    [InlineData("NC", "non concerné")]
    public async Task UnpublishedMeasure_IsAnEmptyCellWithTheStatusBesideIt(string status, string text)
    {
        await using var connection = await warehouse.Engine.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT f.year, f.profession_key, t.departement_code " + Requests.FeesAraWhere +
            " AND f.extra_billing_rate_s2_status = $status ORDER BY f.year, f.profession_key, f.territory_key LIMIT 1";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$status";
        parameter.Value = status;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"The sample should have a {status} rate in région 84.");
        var (year, profession, departement) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2));

        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);
        var row = FindRow(sheet, headerRow, year, profession, departement);
        var measure = row.Cell(XlsxWorkbook.Column(sheet, headerRow, "Taux de dépassement secteur 2"));

        Assert.True(measure.IsEmpty(), $"Expected an empty cell, found '{measure.GetString()}'.");
        Assert.Equal(text, measure.CellRight().GetString());
    }

    [Fact]
    public async Task ColumnWidths_FitHeadersAndValuesWithinBounds()
    {
        using var workbook = await FeesAraAsync();
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);

        var territory = sheet.Column(XlsxWorkbook.Column(sheet, headerRow, "Territoire"));
        var longest = territory.CellsUsed().Where(c => c.Address.RowNumber > headerRow).Max(c => c.GetString().Length);

        // ClosedXML 0.95 reports the stored width less the cell padding (about 0.7 character).
        Assert.All(Enumerable.Range(1, 26), c => Assert.InRange(sheet.Column(c).Width, 7, 60));
        Assert.True(territory.Width >= longest, $"Territoire is {territory.Width} wide for labels of {longest} characters.");
        var profession = sheet.Column(XlsxWorkbook.Column(sheet, headerRow, "Profession"));
        var longestProfession = profession.CellsUsed().Where(c => c.Address.RowNumber > headerRow).Max(c => c.GetString().Length);
        Assert.True(profession.Width >= Math.Min(longestProfession, 59), $"Profession is {profession.Width} wide for labels of {longestProfession} characters.");
        Assert.True(sheet.Column(1).Width < 12, $"Année is {sheet.Column(1).Width} wide.");
    }

    [Fact]
    public async Task Filters_KeepOnlyTheYearsAskedFor()
    {
        var request = Requests.FeesAra() with { Years = ExtractParameters.ParseYears("2019,2021") };
        var (_, bytes) = await warehouse.ExtractAsync(request);
        using var workbook = XlsxWorkbook.Open(bytes);
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);

        var years = sheet.Column(1).CellsUsed().Where(c => c.Address.RowNumber > headerRow).Select(c => (int)c.GetDouble()).ToHashSet();

        Assert.Equal([2019, 2021], years.Order());
    }

    private async Task<XLWorkbook> FeesAraAsync() => XlsxWorkbook.Open((await warehouse.ExtractAsync(Requests.FeesAra())).Bytes);

    private static IXLRow FindRow(IXLWorksheet sheet, int headerRow, int year, int profession, string departement)
    {
        var professionColumn = XlsxWorkbook.Column(sheet, headerRow, "Code profession");
        var departementColumn = XlsxWorkbook.Column(sheet, headerRow, "Code département");
        return sheet.RowsUsed().Single(r => r.RowNumber() > headerRow
            && r.Cell(1).GetDouble() == year
            && r.Cell(professionColumn).GetDouble() == profession
            && r.Cell(departementColumn).GetString() == departement.ToString(CultureInfo.InvariantCulture));
    }
}
