using System.Text;
using Microsoft.Data.Sqlite;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>A label that looks like a formula stays text, prefixed with ', in XLSX and CSV.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class FormulaInjectionTests(ExtractWarehouseFixture warehouse) : IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"x\")";
    private readonly string _copy = warehouse.CopyDatabase();

    [Fact]
    public async Task TextStartingWithEquals_IsNeutralisedText_InXlsx()
    {
        var bytes = await ExtractAinAsync(ExtractFormat.Xlsx);
        using var workbook = XlsxWorkbook.Open(bytes);
        var sheet = workbook.Worksheet("Données");
        var headerRow = XlsxWorkbook.HeaderRow(sheet);
        var cells = sheet.Column(XlsxWorkbook.Column(sheet, headerRow, "Territoire")).CellsUsed().Where(c => c.Address.RowNumber > headerRow).ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, cell =>
        {
            Assert.False(cell.HasFormula, $"{cell.Address} became a formula.");
            Assert.Equal("'" + Formula, cell.GetString());
        });
    }

    [Fact]
    public async Task TextStartingWithEquals_IsEscaped_InCsv()
    {
        var text = Encoding.UTF8.GetString(await ExtractAinAsync(ExtractFormat.Csv));

        Assert.Contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\";", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";=HYPERLINK", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_copy);
    }

    private async Task<byte[]> ExtractAinAsync(ExtractFormat format)
    {
        var settings = new WarehouseSettings(EngineKind.Sqlite, $"Data Source={_copy};Pooling=False");
        await using (var connection = new SqliteConnection(settings.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE dim_territory SET label = $label WHERE level = 'departement' AND departement_code = '01'";
            command.Parameters.AddWithValue("$label", Formula);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        var request = new ExtractRequest("honoraires", false, [2024], ["D01"], false, [], false, true, format);
        using var output = new MemoryStream();
        await new ExtractService(WarehouseEngines.Create(settings)).WriteAsync(request, output);
        return output.ToArray();
    }
}
