using ScottPlot;
using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Builds a ScottPlot plot and draws it as vectors into a box of the PDF page, then disposes it.</summary>
internal static class PlotPainter
{
    public static void Draw(SKCanvas canvas, SKRect box, Action<Plot> build)
    {
        using var plot = new Plot();
        ChartStyle.Apply(plot);
        build(plot);
        var rect = new PixelRect(box.Left, box.Right, box.Bottom, box.Top);

        // ScottPlot 5.1 renders twice on a plot's first render (to settle its layout): do that first render on a
        // canvas that draws nothing, or the PDF gets every path and glyph twice (doubled letters in copied text).
        using (var warmUp = new SKNoDrawCanvas((int)Math.Ceiling(box.Right), (int)Math.Ceiling(box.Bottom)))
        {
            plot.Render(warmUp, rect);
        }
        canvas.Save();
        canvas.ClipRect(box);
        plot.Render(canvas, rect);
        canvas.Restore();
    }
}
