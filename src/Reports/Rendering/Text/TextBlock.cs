namespace Warehouse.Reports.Rendering;

/// <summary>A paragraph with word wrap; splits between lines across pages (never leaving a single line behind).</summary>
public sealed class TextBlock : IBlock
{
    private readonly IReadOnlyList<TextSpan> spans;

    /// <summary>A paragraph of plain text (default style: <see cref="Typography.Body"/>).</summary>
    public TextBlock(string text, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left)
        : this([new TextSpan(text)], style, alignment)
    {
    }

    /// <summary>A paragraph of spans, some of them bold.</summary>
    public TextBlock(IReadOnlyList<TextSpan> spans, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(spans);
        this.spans = spans;
        Style = style ?? Typography.Body;
        Alignment = alignment;
    }

    /// <summary>The paragraph's style.</summary>
    public TextStyle Style { get; }

    /// <summary>The paragraph's alignment.</summary>
    public TextAlignment Alignment { get; }

    /// <summary>A paragraph from light markup (**bold**).</summary>
    public static TextBlock FromMarkup(string markup, TextStyle? style = null) => new(TextSpan.FromMarkup(markup), style);

    /// <inheritdoc />
    public IBlockLayout Layout(float width) => new LinesLayout(TextWrapper.Wrap(spans, Style, width), Style, width, Alignment);

    private sealed class LinesLayout(IReadOnlyList<TextLine> lines, TextStyle style, float width, TextAlignment alignment) : IBlockLayout
    {
        private int next;

        public bool HasMore => next < lines.Count;

        public IFragment? NextFragment(float availableHeight, bool pageTop)
        {
            var remaining = lines.Count - next;
            var fit = (int)Math.Floor(availableHeight / style.LineHeight);
            if (fit >= remaining)
            {
                fit = remaining;
            }
            else if (fit >= 2 && remaining - fit == 1)
            {
                fit--; // no widow: take two lines over
            }
            if (fit < Math.Min(2, remaining))
            {
                if (!pageTop)
                {
                    return null;
                }
                fit = Math.Max(1, fit);
            }
            var fragment = new LinesFragment(lines.Skip(next).Take(fit).ToArray(), style, width, alignment);
            next += fit;
            return fragment;
        }
    }

    private sealed class LinesFragment(IReadOnlyList<TextLine> lines, TextStyle style, float width, TextAlignment alignment) : IFragment
    {
        public float Height => lines.Count * style.LineHeight;

        public void Draw(DrawContext context, float x, float y)
        {
            var baseline = y + TextMetrics.FirstBaseline(style);
            foreach (var line in lines)
            {
                line.Draw(context.Canvas, style, x, baseline, width, alignment);
                baseline += style.LineHeight;
            }
        }
    }
}
