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
    public override float Measure(float width) => 2 * Padding + Content().Measure(Inner(width));

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        Shapes.Fill(context.Canvas, bounds, Typography.Tint);
        Shapes.Fill(context.Canvas, new SKRect(bounds.Left, bounds.Top, bounds.Left + AccentWidth, bounds.Bottom), Typography.Accent);
        var left = bounds.Left + AccentWidth + Padding;
        Content().Draw(context, new SKRect(left, bounds.Top + Padding, left + Inner(bounds.Width), bounds.Bottom - Padding));
    }

    private static float Inner(float width) => width - 2 * Padding - AccentWidth;

    /// <summary>The label on its reserved lines, the value and its arrow, the trend text in ink, the comparisons in grey.</summary>
    private Column Content() => new(0,
    [
        new Paragraph(Label, Typography.KpiLabel) { ReservedLines = LabelLines },
        new Spacer(3),
        new Drawing(Typography.KpiValue.LineHeight, DrawValue),
        new Spacer(3),
        TrendText is null ? null : new Paragraph(TrendText, Typography.KpiComparison.WithColor(Typography.Ink)),
        .. Comparisons.Select(c => new Paragraph(c, Typography.KpiComparison)),
    ]);

    private void DrawValue(SKCanvas canvas, SKRect box)
    {
        var baseline = box.Top + TextMetrics.FirstBaseline(Typography.KpiValue);
        var valueWidth = Shapes.Text(canvas, Value, box.Left, baseline, Typography.KpiValue);
        if (Trend != Trend.None)
        {
            Shapes.Text(canvas, TrendArrows.Arrow(Trend), box.Left + valueWidth + 4, baseline, new TextStyle(13f, true, Typography.Accent));
        }
    }
}
