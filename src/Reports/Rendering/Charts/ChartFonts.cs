using ScottPlot;
using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// Makes ScottPlot draw its text with the embedded DejaVu Sans: without it, ScottPlot asks the system for a
/// font, finds none (the Skia natives used here have no fontconfig) and chart text comes out blank.
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the resolver once per process (first in ScottPlot's list, so it wins).</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        Matches(fontName) ? FontLibrary.Typeface(weight >= FontWeight.SemiBold) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        Matches(fontName) ? FontLibrary.Typeface(bold) : null;

    private static bool Matches(string fontName) =>
        string.Equals(fontName, Typography.FontFamily, StringComparison.OrdinalIgnoreCase);

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new ChartFonts());
        Fonts.Default = Typography.FontFamily;
        Fonts.Sans = Typography.FontFamily;
        return true;
    }
}
