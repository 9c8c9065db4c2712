using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>`warehouse extract` run as a process, the way a user runs it.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "process")]
public sealed class ExtractCliTests(ExtractWarehouseFixture warehouse) : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"warehouse-extract-cli-{Guid.NewGuid():N}")).FullName;

    [Fact]
    public async Task Extract_WritesTheXlsxAndExitsZero()
    {
        var result = await RunAsync("extract", "--dataset", "honoraires", "--territory", "84", "--with-departements", "--years", "2019-2024", "--out", "ara.xlsx");

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Empty(result.StandardError);
        Assert.Contains("Wrote ", result.StandardOutput, StringComparison.Ordinal);
        var expected = await warehouse.CountAsync("SELECT COUNT(*) " + Requests.FeesAraWhere);
        using var workbook = XlsxWorkbook.Open(await File.ReadAllBytesAsync(Path.Combine(_folder, "ara.xlsx")));
        var sheet = workbook.Worksheet("Données");
        Assert.Equal(expected, sheet.LastRowUsed().RowNumber() - XlsxWorkbook.HeaderRow(sheet));
        Assert.Equal(["ara.xlsx"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Extract_WritesACsvPackZip()
    {
        var result = await RunAsync("extract", "--pack", "--territory", "R84", "--years", "2024", "--profession", "Pédiatres,Infirmiers", "--no-aggregates", "--out", "pack.zip");

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.True(new FileInfo(Path.Combine(_folder, "pack.zip")).Length > 0);
    }

    [Fact]
    public async Task UnknownTerritory_ExitsTwoWithSuggestions_AndWritesNothing()
    {
        var result = await RunAsync("extract", "--dataset", "honoraires", "--territory", "8A", "--out", "ara.xlsx");

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.StartsWith("Unknown territory '8A'. Did you mean R84 (Auvergne-Rhône-Alpes, région)", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("ara.txt")]
    [InlineData("ara.csv", "--format", "xlsx")]
    [InlineData("pack.csv", "--pack", "--territory", "FR")]
    public async Task FormatThatDoesNotFitTheFileName_ExitsTwo(string file, params string[] more)
    {
        var result = await RunAsync(["extract", "--dataset", "honoraires", "--out", file, .. more]);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Help_DescribesEveryOption()
    {
        var result = await WarehouseCli.RunAsync(_folder, "extract", "--help");

        Assert.True(result.ExitCode == 0, result.Description);
        foreach (var option in new[] { "--dataset", "--pack", "--territory", "--with-departements", "--years", "--profession", "--with-sub-professions", "--no-aggregates", "--format", "--out" })
        {
            Assert.Contains(option, result.StandardOutput, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<ProcessResult> RunAsync(params string[] arguments) =>
        WarehouseCli.RunAsync(_folder, [.. WarehouseCli.Target("sqlite", warehouse.ConnectionString), .. arguments]);
}
