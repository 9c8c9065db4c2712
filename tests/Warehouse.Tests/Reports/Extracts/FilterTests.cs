using ClosedXML.Excel;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>Aggregates out, sub-professions in: the rows match the same filters written in SQL.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class FilterTests(ExtractWarehouseFixture warehouse)
{
    [Fact]
    public async Task NoAggregates_LeavesOutAggregateProfessionsAndPosts()
    {
        var request = new ExtractRequest("prescriptions", false, [2022], ["FR"], false, [], false, false, ExtractFormat.Xlsx);
        var expected = await warehouse.CountAsync("""
            SELECT COUNT(*) FROM fact_prescriptions f
                JOIN dim_profession p ON p.profession_key = f.profession_key
                JOIN dim_prescription_post pp ON pp.prescription_post_key = f.prescription_post_key
            WHERE f.year = 2022 AND f.territory_key = 1 AND p.is_aggregate = 0 AND pp.is_aggregate = 0
            """);

        var (result, bytes) = await warehouse.ExtractAsync(request);
        using var workbook = XlsxWorkbook.Open(bytes);
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);

        Assert.Equal(expected, result.RowCount);
        Assert.DoesNotContain(Values(sheet, headerRow, "Agrégat de professions"), v => v == "oui");
        var posts = Values(sheet, headerRow, "Code poste de prescription").ToList();
        Assert.Contains("1", posts);
        Assert.DoesNotContain("total", posts);
    }

    [Fact]
    public async Task WithSubProfessions_BringsTheProfessionsUnderAGroup()
    {
        var request = new ExtractRequest("honoraires", false, [2024], ["FR"], false, ["Médecins généralistes"], true, true, ExtractFormat.Xlsx);

        var (_, bytes) = await warehouse.ExtractAsync(request);
        using var workbook = XlsxWorkbook.Open(bytes);
        var sheet = workbook.Worksheet("Données");

        Assert.Equal(["2", "3", "4"], Values(sheet, XlsxWorkbook.HeaderRow(sheet), "Code profession").Distinct().Order());
    }

    [Fact]
    public async Task Profession_MatchesByKeyShortLabelOrAccentlessLabel()
    {
        foreach (var profession in new[] { "23", "pediatres", "PÉDIATRES" })
        {
            var request = new ExtractRequest("patientele", false, [2024], ["FR"], false, [profession], false, true, ExtractFormat.Csv);
            var (result, _) = await warehouse.ExtractAsync(request);
            Assert.Equal(1, result.RowCount);
        }
    }

    private static List<string> Values(IXLWorksheet sheet, int headerRow, string header) =>
        sheet.Column(XlsxWorkbook.Column(sheet, headerRow, header)).CellsUsed().Where(c => c.Address.RowNumber > headerRow).Select(c => c.GetString()).ToList();
}
