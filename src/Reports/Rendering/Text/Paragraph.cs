using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// Wrapped text inside a composed block (a chart's title, a tile's label, a caption): measures and draws its own lines,
/// so no block offsets y by hand. Never splits; a paragraph of the page flow is a <see cref="TextBlock"/>.
/// </summary>
public sealed class Paragraph(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left) : FixedBlock
{
    /// <summary>The text.</summary>
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>The style.</summary>
    public TextStyle Style { get; } = style;

    /// <summary>At most this many lines are drawn (the rest is cut); null: every line.</summary>
    public int? MaxLines { get; init; }

    /// <summary>The paragraph takes this many lines of height whatever its length (tiles of a row line up); null: its own lines.</summary>
    public int? ReservedLines { get; init; }

    /// <inheritdoc />
    public override float Measure(float width) => (ReservedLines ?? Lines(width).Count) * Style.LineHeight;

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var baseline = bounds.Top + TextMetrics.FirstBaseline(Style);
        foreach (var line in Lines(bounds.Width))
        {
            line.Draw(context.Canvas, Style, bounds.Left, baseline, bounds.Width, alignment);
            baseline += Style.LineHeight;
        }
    }

    private IReadOnlyList<TextLine> Lines(float width)
    {
        var lines = TextWrapper.Wrap(Text, Style, width);
        var limit = Math.Min(MaxLines ?? int.MaxValue, ReservedLines ?? int.MaxValue);
        return lines.Count > limit ? [.. lines.Take(limit)] : lines;
    }
}
