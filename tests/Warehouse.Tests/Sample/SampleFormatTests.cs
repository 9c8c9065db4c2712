using System.Text;
using System.Text.RegularExpressions;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Sample;

namespace Warehouse.Tests.Sample;

/// <summary>The exact export shapes of shared reference §2: BOMs, line endings, headers, codes as text.</summary>
[Collection(SmallSampleGroup.Name)]
public sealed partial class SampleFormatTests(SmallSampleFixture sample)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static TheoryData<string> DatasetIds => [.. DatasetCatalog.All.Select(d => d.Id)];

    [Fact]
    public void Writes_one_csv_per_dataset_and_the_synthetic_marker()
    {
        Assert.Equal(DatasetCatalog.All.Select(d => d.Id + ".csv").Order(), sample.ApiFiles.Select(f => Path.GetFileName(f.Path)).Order());
        Assert.All(sample.ApiFiles, f => Assert.Equal(new FileInfo(f.Path).Length, f.Bytes));
        var marker = File.ReadAllText(Path.Combine(sample.ApiDirectory, "SYNTHETIC.txt"));
        Assert.Contains("SYNTHETIC", marker, StringComparison.Ordinal);
        Assert.Contains("seed: 1", marker, StringComparison.Ordinal);
        Assert.Contains("scale: small", marker, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatasetIds))]
    public void Api_file_has_one_bom_lf_line_endings_and_the_field_names(string id)
    {
        var dataset = DatasetCatalog.Find(id)!;
        var bytes = File.ReadAllBytes(sample.PathOf(dataset));
        Assert.Equal(Bom, bytes[..3]);
        Assert.NotEqual(Bom, bytes[3..6]);
        Assert.Equal(-1, bytes.AsSpan().IndexOf((byte)'\r'));
        Assert.Equal((byte)'\n', bytes[^1]);
        var table = sample.Table(dataset);
        Assert.Equal(dataset.CsvColumns, table.Header);
        Assert.Equal(sample.ApiFiles.Single(f => f.DatasetId == id).Rows, table.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(DatasetIds))]
    public void Browser_file_has_two_boms_crlf_line_endings_and_the_field_labels(string id)
    {
        var dataset = DatasetCatalog.Find(id)!;
        var bytes = File.ReadAllBytes(sample.PathOf(dataset, SampleVariant.Browser));
        Assert.Equal([.. Bom, .. Bom], bytes[..6]);
        Assert.NotEqual(Bom, bytes[6..9]);
        var lineFeeds = bytes.AsSpan().Count((byte)'\n');
        Assert.Equal(lineFeeds, bytes.AsSpan().Count((byte)'\r'));
        Assert.Equal(lineFeeds, bytes.AsSpan().Count("\r\n"u8));
        Assert.Equal("\r\n"u8.ToArray(), bytes[^2..]);
        var header = Encoding.UTF8.GetString(bytes.AsSpan(6, bytes.AsSpan().IndexOf("\r\n"u8) - 6)).Split(';');
        Assert.Equal(dataset.CsvColumns.Select(DatasetCatalog.BrowserLabelOf), header);
        Assert.Contains("vision generale all", header);
        Assert.Equal(sample.ApiFiles.Single(f => f.DatasetId == id).Rows, lineFeeds - 1);
    }

    [Fact]
    public void Codes_are_zero_padded_text_and_years_are_bare()
    {
        var table = sample.Table(DatasetCatalog.HeadcountDensity);
        var regions = table.Rows.Select(r => table.Get(r, "region")).ToHashSet();
        Assert.Superset(new HashSet<string> { "01", "02", "03", "04", "06", "11", "84", "94", "99" }, regions);
        var departements = table.Rows.Select(r => table.Get(r, "departement")).ToHashSet();
        Assert.Superset(new HashSet<string> { "01", "07", "2A", "2B", "971", "976", "999" }, departements);
        Assert.All(table.Rows.Select(r => table.Get(r, "classe_age")).Distinct(), c => Assert.Matches(TwoDigits(), c));
        Assert.Equal(13, table.Rows.Select(r => table.Get(r, "classe_age")).Distinct().Count());
        Assert.All(table.Rows.Select(r => table.Get(r, "annee")).Distinct(), y => Assert.Matches(Year(), y));
        Assert.All(table.Rows.Take(5000).Select(r => table.Get(r, "densite")), d => Assert.Matches(Decimal(), d));
    }

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex("^20[12][0-9]$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$")]
    private static partial Regex Decimal();
}
