using System.Globalization;
using System.IO.Compression;
using System.Text;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>CSV for French Excel: BOM, ";", decimal comma, CRLF, the XLSX data sheet's columns; a pack is a zip.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class CsvExtractTests(ExtractWarehouseFixture warehouse)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task Csv_StartsWithBomAndUsesCrlfLines()
    {
        var (_, bytes) = await warehouse.ExtractAsync(Requests.FeesAra(ExtractFormat.Csv));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(Bom, bytes.Take(3));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split("\r\n").Length - 1, text.Count(c => c == '\n'));
    }

    [Fact]
    public async Task Header_IsTheXlsxDataSheetHeader_SeparatedBySemicolons()
    {
        var (_, csv) = await warehouse.ExtractAsync(Requests.FeesAra(ExtractFormat.Csv));
        var (_, xlsx) = await warehouse.ExtractAsync(Requests.FeesAra());
        using var workbook = XlsxWorkbook.Open(xlsx);
        var sheet = workbook.Worksheet("Données");

        var header = Lines(csv)[0];

        // The sample is synthetic: the CSV adds its mark as a last column (the workbook has a banner row).
        Assert.Equal(string.Join(';', XlsxWorkbook.Headers(sheet, XlsxWorkbook.HeaderRow(sheet))) + ";Origine des données", header);
    }

    [Fact]
    public async Task Rows_EqualTheFactRows_WithDecimalCommaAndEmptyUnpublishedValues()
    {
        var expected = await warehouse.CountAsync("SELECT COUNT(*) " + Requests.FeesAraWhere);
        var rate = Convert.ToDouble(await warehouse.ScalarAsync(
            "SELECT f.extra_billing_rate_s2 " + Requests.FeesAraWhere + " AND f.extra_billing_rate_s2 <> CAST(f.extra_billing_rate_s2 AS INTEGER) LIMIT 1"),
            CultureInfo.InvariantCulture);
        var (_, bytes) = await warehouse.ExtractAsync(Requests.FeesAra(ExtractFormat.Csv));

        var lines = Lines(bytes);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();

        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal(27, r.Length));
        var rateField = rate.ToString("0.############", CultureInfo.InvariantCulture).Replace('.', ',');
        Assert.Contains(rows, r => r[19] == rateField);
        Assert.DoesNotContain(rows, r => r.Any(f => f.Contains('.', StringComparison.Ordinal) && double.TryParse(f, CultureInfo.InvariantCulture, out _)));
        Assert.Contains(rows, r => r[19].Length == 0 && r[20] == "secret statistique");
    }

    [Fact]
    public async Task Pack_IsAZipOfOneCsvPerDataset_WithDictionaryAndAbout()
    {
        var request = ExtractRequest.ForPack("R84") with { Years = [2024], Format = ExtractFormat.Csv };

        var (result, bytes) = await warehouse.ExtractAsync(request);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);

        Assert.Equal(".zip", result.FileExtension);
        Assert.Equal(
            ["effectifs.csv", "ages.csv", "secteurs.csv", "exercices.csv", "honoraires.csv", "prescriptions.csv", "patientele.csv", "dictionnaire.csv", "a_propos.txt"],
            zip.Entries.Select(e => e.FullName));
        foreach (var dataset in result.Datasets)
        {
            var entry = Read(zip.GetEntry(dataset.ShortName + ".csv")!);
            Assert.Equal(Bom, entry.Take(3));
            Assert.Equal(dataset.Rows + 1, Lines(entry).Count);
        }
        var about = Encoding.UTF8.GetString(Read(zip.GetEntry("a_propos.txt")!));
        Assert.Contains("DONNÉES SYNTHÉTIQUES", about, StringComparison.Ordinal);
        Assert.Contains("Territoires : Auvergne-Rhône-Alpes (région 84)", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyntheticCsv_SaysSoOnEveryRow_SoThatACopyOfTheFileAloneKeepsTheMark()
    {
        var (_, bytes) = await warehouse.ExtractAsync(Requests.FeesAra(ExtractFormat.Csv));

        var lines = Lines(bytes);

        Assert.EndsWith(";Origine des données", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Count > 1);
        Assert.All(lines.Skip(1), line => Assert.EndsWith(";DONNÉES SYNTHÉTIQUES — inventées, ne décrivent pas la réalité", line, StringComparison.Ordinal));
    }

    private static List<string> Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
