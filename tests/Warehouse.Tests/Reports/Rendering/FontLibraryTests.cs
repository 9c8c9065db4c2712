using ScottPlot;
using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class FontLibraryTests
{
    /// <summary>Every character the formatters and components print.</summary>
    private const string Needed = "0123456789 ,.:;!?'\"()[]/+-–—’…«»\u00A0\u202F\u2009€%‰≤≥→↑↓↗↘−×·°éèêëàâäîïôöùûüçÉÈÊÀÂÎÔÙÛÇœŒæ";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Typeface_HasEveryGlyphReportsPrint(bool bold)
    {
        var typeface = FontLibrary.Typeface(bold);

        var missing = Needed.Where(c => typeface.GetGlyph(c) == 0).ToArray();

        Assert.Empty(missing);
        Assert.Equal(Typography.FontFamily, typeface.FamilyName);
    }

    [Fact]
    public void ChartFonts_MakeScottPlotUseTheEmbeddedFont()
    {
        ChartFonts.EnsureRegistered();

        Assert.Same(FontLibrary.Regular, Fonts.GetTypeface(Typography.FontFamily, bold: false, italic: false));
        Assert.Same(FontLibrary.Bold, Fonts.GetTypeface(Typography.FontFamily, bold: true, italic: false));
    }
}
