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
    public override float Measure(float width) => Content().Measure(width);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds) => Content().Draw(context, bounds);

    private Column Content() => new(0,
    [
        new Drawing(RuleGap, (canvas, box) => Shapes.Line(canvas, box.Left, box.Top + 1, box.Left + 60, box.Top + 1, Typography.Rule, 0.6f)),
        .. Notes.Select(note => new MarkedNote(note.Mark, new Paragraph(note.Text, Typography.Footnote))),
    ]);

    /// <summary>The mark in bold in its own narrow column, the text wrapped beside it.</summary>
    private sealed class MarkedNote(string mark, Paragraph text) : FixedBlock
    {
        public override float Measure(float width) => text.Measure(width - MarkWidth);

        public override void Draw(DrawContext context, SKRect bounds)
        {
            Shapes.Text(context.Canvas, mark, bounds.Left, bounds.Top + TextMetrics.FirstBaseline(text.Style), text.Style.AsBold());
            text.Draw(context, new SKRect(bounds.Left + MarkWidth, bounds.Top, bounds.Right, bounds.Bottom));
        }
    }
}

/// <summary>A footnote: its mark and its text.</summary>
public sealed record Footnote(string Mark, string Text);
