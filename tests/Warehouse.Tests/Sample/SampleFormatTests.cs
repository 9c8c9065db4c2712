using System.Text;
using System.Text.RegularExpressions;
using Warehouse.Loader.Datasets;
using Warehouse.Sample;

namespace Warehouse.Tests.Sample;

/// <summary>The exact export shapes the portal sends (docs/data-format.md): BOMs, CRLF, headers, codes as text, rows in no order.</summary>
[Collection(SmallSampleGroup.Name)]
[Trait("Category", "unit")]
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
    public void Api_file_has_one_bom_crlf_on_every_line_and_the_field_names(string id)
    {
        var dataset = DatasetCatalog.Find(id)!;
        var bytes = File.ReadAllBytes(sample.PathOf(dataset));
        Assert.Equal(Bom, bytes[..3]);
        Assert.NotEqual(Bom, bytes[3..6]);
        var lineFeeds = bytes.AsSpan().Count((byte)'\n');
        Assert.Equal(lineFeeds, bytes.AsSpan().Count("\r\n"u8));
        Assert.Equal(lineFeeds, bytes.AsSpan().Count((byte)'\r'));
        Assert.Equal("\r\n"u8.ToArray(), bytes[^2..]);
        Assert.Equal(-1, bytes.AsSpan().IndexOf((byte)'"'));
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
        var ageCodes = table.Rows.Select(r => (Code: table.Get(r, "classe_age"), Label: table.Get(r, "libelle_classe_age"))).Distinct().ToList();
        Assert.Equal(13, ageCodes.Count);
        Assert.Contains(("tout_age", "Tout âge"), ageCodes);
        Assert.Contains(("60-64", "de 60 à 64 ans"), ageCodes);
        Assert.Contains(("65-69", "de 65 à 69 ans"), ageCodes);
        Assert.Contains(("70+", "70 ans et plus"), ageCodes);
        Assert.All(table.Rows.Select(r => table.Get(r, "annee")).Distinct(), y => Assert.Matches(Year(), y));
        Assert.All(table.Rows.Take(5000).Select(r => table.Get(r, "densite")), d => Assert.Matches(Decimal(), d));
    }

    [Fact]
    public void Prescription_posts_are_coded_1_to_8_and_total_for_the_aggregate()
    {
        var table = sample.Table(DatasetCatalog.Prescriptions);
        var posts = table.Rows.Select(r => (Code: table.Get(r, "poste_prescription"), Label: table.Get(r, "libelle_poste_prescription"))).Distinct().ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "total"], posts.Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.Contains(("total", "total postes de prescriptions"), posts);
        Assert.Contains(("1", "médicaments"), posts);
    }

    /// <summary>Real exports come in no particular order (years 2024 → 2010, professions and posts interleaved).</summary>
    [Theory]
    [MemberData(nameof(DatasetIds))]
    public void Rows_come_in_no_particular_order(string id)
    {
        var dataset = DatasetCatalog.Find(id)!;
        var table = sample.Table(dataset);
        var years = table.Rows.Select(r => table.Get(r, "annee")).ToList();
        var yearChanges = years.Zip(years.Skip(1)).Count(p => p.First != p.Second);
        Assert.True(yearChanges > years.Count / 3, $"{id}: the year changes only {yearChanges} times in {years.Count} rows (grouped, not shuffled)");
        Assert.Contains(years.Zip(years.Skip(1)), p => string.CompareOrdinal(p.First, p.Second) > 0);
        Assert.Contains(years.Zip(years.Skip(1)), p => string.CompareOrdinal(p.First, p.Second) < 0);
    }

    [GeneratedRegex("^20[12][0-9]$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$")]
    private static partial Regex Decimal();
}
