using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Notes under a short rule: a mark ("s", "–", "1") and its explanation, wrapped.</summary>
public sealed class Footnotes(IReadOnlyList<Footnote> notes) : FixedBlock
{
    private const float MarkWidth = 14f;
    private const float RuleGap = 5f;

    /// <summary>The notes.</summary>
    public IReadOnlyList<Footnote> Notes { get; } = notes ?? throw new ArgumentNullException(nameof(notes));

    /// <inheritdoc />
    public override float Measure(float width) =>
        RuleGap + Notes.Sum(n => TextWrapper.Wrap(n.Text, Typography.Footnote, width - MarkWidth).Count) * Typography.Footnote.LineHeight;

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var canvas = context.Canvas;
        var style = Typography.Footnote;
        Shapes.Line(canvas, bounds.Left, bounds.Top + 1, bounds.Left + 60, bounds.Top + 1, Typography.Rule, 0.6f);
        var y = bounds.Top + RuleGap;
        foreach (var note in Notes)
        {
            var lines = TextWrapper.Wrap(note.Text, style, bounds.Width - MarkWidth);
            Shapes.Text(canvas, note.Mark, bounds.Left, y + TextMetrics.FirstBaseline(style), style.AsBold());
            foreach (var line in lines)
            {
                line.Draw(canvas, style, bounds.Left + MarkWidth, y + TextMetrics.FirstBaseline(style), bounds.Width - MarkWidth, TextAlignment.Left);
                y += style.LineHeight;
            }
        }
    }
}

/// <summary>A footnote: its mark and its text.</summary>
public sealed record Footnote(string Mark, string Text);
