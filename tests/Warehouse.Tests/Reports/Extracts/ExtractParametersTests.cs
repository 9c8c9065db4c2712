using Warehouse.Core;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>The text forms of the parameters, shared by the CLI and the HTTP API.</summary>
[Trait("Category", "unit")]
public sealed class ExtractParametersTests
{
    [Theory]
    [InlineData("2019-2024", new[] { 2019, 2020, 2021, 2022, 2023, 2024 })]
    [InlineData("2019,2021", new[] { 2019, 2021 })]
    [InlineData(" 2015 ; 2019–2020 ", new[] { 2015, 2019, 2020 })]
    [InlineData("2024", new[] { 2024 })]
    [InlineData("2021,2019,2021", new[] { 2019, 2021 })]
    public void ParseYears_ReadsYearsRangesAndLists(string text, int[] expected) =>
        Assert.Equal(expected, ExtractParameters.ParseYears(text));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void ParseYears_MeansEveryYear_WhenBlank(string? text) => Assert.Empty(ExtractParameters.ParseYears(text));

    [Theory]
    [InlineData("2024-2019", "ends before it starts")]
    [InlineData("19", "'19'")]
    [InlineData("2019-2024-2025", "'2019-2024-2025'")]
    [InlineData("1900-2100", "more than 100 years")]
    [InlineData("deux-mille", "'deux-mille'")]
    public void ParseYears_RefusesBadText_AsUserError(string text, string reason)
    {
        var error = Assert.Throws<WarehouseException>(() => ExtractParameters.ParseYears(text));

        Assert.True(error.IsUserError);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseList_SplitsCommasAndSemicolons_AndDropsRepeats() =>
        Assert.Equal(["84", "2A", "fr"], ExtractParameters.ParseList(["84, 2A", "fr;FR", "", null]));

    [Theory]
    [InlineData("ara.xlsx", ExtractFormat.Xlsx)]
    [InlineData("ARA.CSV", ExtractFormat.Csv)]
    [InlineData("pack.zip", ExtractFormat.Csv)]
    [InlineData("ara.txt", null)]
    [InlineData("ara", null)]
    public void FormatFromFileName_FollowsTheExtension(string name, ExtractFormat? expected) =>
        Assert.Equal(expected, ExtractParameters.FormatFromFileName(name));

    [Fact]
    public void ParseFormat_RefusesUnknownFormats() =>
        Assert.True(Assert.Throws<WarehouseException>(() => ExtractParameters.ParseFormat("ods")).IsUserError);

    [Fact]
    public void DatasetNames_AreTheSevenShortNames() =>
        Assert.Equal(["effectifs", "ages", "secteurs", "exercices", "honoraires", "prescriptions", "patientele"], ExtractParameters.DatasetNames);
}
