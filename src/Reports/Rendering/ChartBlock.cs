using ScottPlot;
using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// A chart: a title that says what to see, a legend, a ScottPlot plot drawn as vectors (real text for ticks
/// and axis labels), and the source line. The plot is built when the page is drawn and disposed right after.
/// </summary>
public sealed class ChartBlock(string title, Action<Plot> build, float plotHeight = 170f) : FixedBlock, ISourceCaption
{
    /// <summary>The title.</summary>
    public string Title { get; } = title;

    /// <summary>Height of the plot area (axes included), in points.</summary>
    public float PlotHeight { get; } = plotHeight;

    /// <summary>Legend entries drawn above the plot.</summary>
    public IReadOnlyList<LegendEntry> Legend { get; set; } = [];

    /// <summary>The line under the chart (source, notes).</summary>
    public string? Caption { get; set; } = ReportInfo.CnamSource;

    /// <summary>A note printed before the source line (e.g. which bars are missing and why).</summary>
    public string? Note { get; set; }

    private string? Footer => Note is null ? Caption : Caption is null ? Note : Note + " " + Caption;

    /// <inheritdoc />
    public override float Measure(float width) =>
        TextWrapper.Wrap(Title, Typography.Subheading, width).Count * Typography.Subheading.LineHeight
        + ChartLegend.Height(Legend, width) + PlotHeight + CaptionHeight(width);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var canvas = context.Canvas;
        var y = bounds.Top;
        foreach (var line in TextWrapper.Wrap(Title, Typography.Subheading, bounds.Width))
        {
            line.Draw(canvas, Typography.Subheading, bounds.Left, y + TextMetrics.FirstBaseline(Typography.Subheading), bounds.Width, TextAlignment.Left);
            y += Typography.Subheading.LineHeight;
        }
        ChartLegend.Draw(canvas, Legend, bounds.Left, y, bounds.Width);
        y += ChartLegend.Height(Legend, bounds.Width);
        PlotPainter.Draw(canvas, SKRect.Create(bounds.Left, y, bounds.Width, PlotHeight), build);
        y += PlotHeight;
        if (Footer is { } footer)
        {
            foreach (var line in TextWrapper.Wrap(footer, Typography.Caption, bounds.Width))
            {
                line.Draw(canvas, Typography.Caption, bounds.Left, y + 1 + TextMetrics.FirstBaseline(Typography.Caption), bounds.Width, TextAlignment.Left);
                y += Typography.Caption.LineHeight;
            }
        }
    }

    void ISourceCaption.UseSource(string source) => Caption = Caption == ReportInfo.CnamSource ? source : Caption;

    private float CaptionHeight(float width) =>
        Footer is null ? 0 : TextWrapper.Wrap(Footer, Typography.Caption, width).Count * Typography.Caption.LineHeight + 1;
}
