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
    public override float Measure(float width) => Compose().Measure(width);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds) => Compose().Draw(context, bounds);

    /// <summary>Title, legend, plot, then the note and source one point below the plot.</summary>
    private Column Compose() => new(0,
    [
        new Paragraph(Title, Typography.Subheading),
        new Drawing(width => ChartLegend.Height(Legend, width), (canvas, box) => ChartLegend.Draw(canvas, Legend, box.Left, box.Top, box.Width)),
        new Drawing(PlotHeight, (canvas, box) => PlotPainter.Draw(canvas, box, build)),
        Footer is null ? null : new Spacer(1),
        Footer is { } footer ? new Paragraph(footer, Typography.Caption) : null,
    ]);

    void ISourceCaption.UseSource(string source) => Caption = Caption == ReportInfo.CnamSource ? source : Caption;
}
