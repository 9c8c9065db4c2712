using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>"Sommaire": the document's sections with the page each starts on (known when the page is drawn).</summary>
public sealed class TableOfContents : FixedBlock
{
    private const float EntrySpacing = 1.7f;
    private readonly Func<int> countSections;

    internal TableOfContents(Func<int> countSections)
    {
        this.countSections = countSections;
    }

    /// <summary>The heading above the entries.</summary>
    public string Heading { get; init; } = "Sommaire";

    /// <inheritdoc />
    public override float Measure(float width) =>
        Typography.Heading.LineHeight + 8 + countSections() * Typography.Body.Size * EntrySpacing;

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var canvas = context.Canvas;
        Shapes.Text(canvas, Heading, bounds.Left, bounds.Top + TextMetrics.FirstBaseline(Typography.Heading), Typography.Heading);
        var y = bounds.Top + Typography.Heading.LineHeight + 8;
        var style = Typography.Body;
        using var dots = new SKPaint
        {
            Color = Typography.Rule,
            StrokeWidth = 0.8f,
            Style = SKPaintStyle.Stroke,
            PathEffect = SKPathEffect.CreateDash([0.8f, 2.4f], 0),
        };
        foreach (var section in context.Sections)
        {
            var baseline = y + TextMetrics.FirstBaseline(style);
            var number = FrenchFormat.Whole(section.Page);
            var titleWidth = Shapes.Text(canvas, Shapes.Fit(section.Title, style, bounds.Width - 40), bounds.Left, baseline, style);
            var numberWidth = Shapes.Text(canvas, number, bounds.Right, baseline, style, SKTextAlign.Right);
            canvas.DrawLine(bounds.Left + titleWidth + 4, baseline, bounds.Right - numberWidth - 4, baseline, dots);
            y += style.Size * EntrySpacing;
        }
    }
}
