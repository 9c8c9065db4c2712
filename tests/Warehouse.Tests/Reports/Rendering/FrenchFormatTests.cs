using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class FrenchFormatTests
{
    [Fact]
    public void Number_UsesNarrowNoBreakSpaceAndComma()
    {
        Assert.Equal("12\u202F345", FrenchFormat.Whole(12_345));
        Assert.Equal("1\u202F234\u202F567", FrenchFormat.Whole(1_234_567.4));
        Assert.Equal("77,4", FrenchFormat.OneDecimal(77.44));
        Assert.Equal("77,5", FrenchFormat.OneDecimal(77.45));
        Assert.Equal("\u22123,5", FrenchFormat.Number(-3.5, 1));
        Assert.Equal("0", FrenchFormat.Whole(-0.2));
        Assert.Equal("2024", FrenchFormat.Year(2024));
    }

    [Fact]
    public void Percent_PutsNoBreakSpaceBeforeSign()
    {
        Assert.Equal("12\u00A0%", FrenchFormat.Percent(12.3));
        Assert.Equal("12,3\u00A0%", FrenchFormat.Percent(12.34, 1));
        Assert.Equal("12\u00A0%", FrenchFormat.PercentOfRatio(0.123));
        Assert.Equal("+3\u00A0%", FrenchFormat.SignedPercent(3.2));
        Assert.Equal("\u22128\u00A0%", FrenchFormat.SignedPercent(-8));
        Assert.Equal("0\u00A0%", FrenchFormat.SignedPercent(0.2));
        Assert.Equal("+1,2", FrenchFormat.SignedNumber(1.23, 1));
    }

    [Fact]
    public void Euros_ScalesToThousandsAndMillions()
    {
        Assert.Equal("850\u00A0€", FrenchFormat.Euros(850));
        Assert.Equal("9\u202F999\u00A0€", FrenchFormat.Euros(9_999));
        Assert.Equal("12,5\u00A0k€", FrenchFormat.Euros(12_500));
        Assert.Equal("3,2\u00A0M€", FrenchFormat.Euros(12_000_000 / 3.75));
    }

    [Fact]
    public void Date_WritesDayMonthYear()
    {
        Assert.Equal("15 décembre 2025", FrenchFormat.Date(new DateOnly(2025, 12, 15)));
        Assert.Equal("1er mars 2024", FrenchFormat.Date(new DateOnly(2024, 3, 1)));
        Assert.Equal("15 décembre 2025 à 09:30", FrenchFormat.DateTime(new DateTimeOffset(2025, 12, 15, 9, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void OrMark_PrintsMarkForMissingValues()
    {
        Assert.Equal("s", FrenchFormat.OrMark(null, FrenchFormat.OneDecimal, CellText.Secret));
        Assert.Equal("4,2", FrenchFormat.OrMark(4.2, FrenchFormat.OneDecimal, CellText.Secret));
    }
}
