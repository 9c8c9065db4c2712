namespace Warehouse.Reports.Rendering;

/// <summary>A section title, listed in the table of contents; kept with the content that follows it.</summary>
public sealed class SectionHeading(string title) : IBlock
{
    /// <summary>Space the heading wants below it on the same page, so it is never last on a page.</summary>
    public const float KeepWithNext = 90f;

    /// <summary>The title.</summary>
    public string Title { get; } = title;

    /// <inheritdoc />
    public IBlockLayout Layout(float width) => new HeadingLayout(Title, TextWrapper.Wrap(Title, Typography.Heading, width), width);

    private sealed class HeadingLayout(string title, IReadOnlyList<TextLine> lines, float width) : IBlockLayout, IFragment, ISectionAnchor
    {
        private const float RuleGap = 4f;

        public bool HasMore { get; private set; } = true;

        public string Title => title;

        public float Height => lines.Count * Typography.Heading.LineHeight + RuleGap + 2;

        public IFragment? NextFragment(float availableHeight, bool pageTop)
        {
            if (!pageTop && Height + KeepWithNext > availableHeight)
            {
                return null;
            }
            HasMore = false;
            return this;
        }

        public void Draw(DrawContext context, float x, float y)
        {
            var style = Typography.Heading;
            var baseline = y + TextMetrics.FirstBaseline(style);
            foreach (var line in lines)
            {
                line.Draw(context.Canvas, style, x, baseline, width, TextAlignment.Left);
                baseline += style.LineHeight;
            }
            var ruleY = y + lines.Count * style.LineHeight + RuleGap / 2;
            Shapes.Line(context.Canvas, x, ruleY, x + width, ruleY, Typography.Accent, 0.8f);
        }
    }
}
