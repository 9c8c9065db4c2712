using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// A key figure: label, big value with its trend arrow, what the arrow compares ("−8 % depuis 2019"), comparison
/// lines in grey ("Région : 77,4 · France : 84,1").
/// </summary>
public sealed class KpiTile(string label, string value) : FixedBlock
{
    private const float Padding = 7f;
    private const float AccentWidth = 2.5f;

    /// <summary>What is measured, e.g. "Médecins généralistes pour 100 000 habitants".</summary>
    public string Label { get; } = label;

    /// <summary>The value as printed, e.g. "77,4".</summary>
    public string Value { get; } = value;

    /// <summary>Direction of change.</summary>
    public Trend Trend { get; init; }

    /// <summary>What the arrow says, printed under the value, e.g. "−8 % depuis 2019".</summary>
    public string? TrendText { get; init; }

    /// <summary>Comparison lines, e.g. "Région : 77,4 · France : 84,1".</summary>
    public IReadOnlyList<string> Comparisons { get; init; } = [];

    /// <summary>Lines the label may take (the tiles of a row share their height).</summary>
    public const int LabelLines = 2;

    /// <inheritdoc />
    public override float Measure(float width)
    {
        var inner = width - 2 * Padding - AccentWidth;
        var comparisonLines = Lines(inner).Count();
        return 2 * Padding + LabelLines * Typography.KpiLabel.LineHeight + 3 + Typography.KpiValue.LineHeight + 3
            + comparisonLines * Typography.KpiComparison.LineHeight;
    }

    /// <summary>The lines under the value: the trend text in ink, then the comparisons in grey.</summary>
    private IEnumerable<(TextLine Line, TextStyle Style)> Lines(float width)
    {
        var trendStyle = Typography.KpiComparison.WithColor(Typography.Ink);
        var trend = TrendText is null ? [] : TextWrapper.Wrap(TrendText, trendStyle, width).Select(l => (l, trendStyle));
        var comparisons = Comparisons.SelectMany(c => TextWrapper.Wrap(c, Typography.KpiComparison, width)).Select(l => (l, Typography.KpiComparison));
        return trend.Concat(comparisons);
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var canvas = context.Canvas;
        Shapes.Fill(canvas, bounds, Typography.Tint);
        Shapes.Fill(canvas, new SKRect(bounds.Left, bounds.Top, bounds.Left + AccentWidth, bounds.Bottom), Typography.Accent);
        var x = bounds.Left + AccentWidth + Padding;
        var inner = bounds.Width - 2 * Padding - AccentWidth;
        var y = bounds.Top + Padding;

        var label = Typography.KpiLabel;
        foreach (var line in TextWrapper.Wrap(Label, label, inner).Take(LabelLines))
        {
            line.Draw(canvas, label, x, y + TextMetrics.FirstBaseline(label), inner, TextAlignment.Left);
            y += label.LineHeight;
        }
        y = bounds.Top + Padding + LabelLines * label.LineHeight + 3;

        var valueStyle = Typography.KpiValue;
        var baseline = y + TextMetrics.FirstBaseline(valueStyle);
        var valueWidth = Shapes.Text(canvas, Value, x, baseline, valueStyle);
        if (Trend != Trend.None)
        {
            Shapes.Text(canvas, TrendArrows.Arrow(Trend), x + valueWidth + 4, baseline, new TextStyle(13f, true, Typography.Accent));
        }
        y += valueStyle.LineHeight + 3;

        foreach (var (line, style) in Lines(inner))
        {
            line.Draw(canvas, style, x, y + TextMetrics.FirstBaseline(style), inner, TextAlignment.Left);
            y += style.LineHeight;
        }
    }
}
