using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// A named series of values (null = not published: a gap in a line, no bar), with its colour and stroke.
/// The factories give the briefings' conventions: the territory in the accent colour, the région in dark grey,
/// France in light grey and dashed (so the three read apart in grey print too).
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, SKColor Color, bool Dashed = false, float LineWidth = 1.4f)
{
    /// <summary>The territory the document is about.</summary>
    public static ChartSeries Territory(string name, IReadOnlyList<double?> values) => new(name, values, Typography.Accent, false, 2f);

    /// <summary>Its région, as context.</summary>
    public static ChartSeries Region(string name, IReadOnlyList<double?> values) => new(name, values, Typography.ContextDark, false, 1.3f);

    /// <summary>France, as context.</summary>
    public static ChartSeries France(string name, IReadOnlyList<double?> values) => new(name, values, Typography.ContextLight, true, 1.3f);

    /// <summary>The legend entry of this series.</summary>
    public LegendEntry ToLegend(LegendSymbol symbol) => new(Name, Color, symbol, Dashed);
}

/// <summary>A legend entry drawn by the toolkit (real text in the PDF).</summary>
public sealed record LegendEntry(string Label, SKColor Color, LegendSymbol Symbol = LegendSymbol.Line, bool Dashed = false);

/// <summary>How a legend entry is drawn.</summary>
public enum LegendSymbol
{
    /// <summary>A short line (line charts).</summary>
    Line,

    /// <summary>A filled square (bars, map classes).</summary>
    Box,
}
