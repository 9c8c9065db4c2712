using ScottPlot;
using ScottPlot.TickGenerators;

namespace Warehouse.Reports.Rendering;

/// <summary>An age pyramid: one horizontal bar per age band, women to the left, men to the right, the youngest at the bottom.</summary>
public static class PyramidChart
{
    /// <summary>A ready block: title, legend (women, men), the pyramid, the source line.</summary>
    public static ChartBlock Block(string title, IReadOnlyList<string> bands, ChartSeries left, ChartSeries right, string xAxisLabel, float plotHeight = 190f) =>
        new(title, Plot(bands, left, right, xAxisLabel), plotHeight) { Legend = [left.ToLegend(LegendSymbol.Box), right.ToLegend(LegendSymbol.Box)] };

    /// <summary>Builds the plot: left values drawn as negative bars, the bottom axis labelled with absolute values.</summary>
    public static Action<Plot> Plot(IReadOnlyList<string> bands, ChartSeries left, ChartSeries right, string? xAxisLabel) => plot =>
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var bars = new List<Bar>();
        for (var i = 0; i < bands.Count; i++)
        {
            if (i < left.Values.Count && left.Values[i] is { } l)
            {
                bars.Add(new Bar { Position = i, Value = -l, Size = 0.8, FillColor = ChartStyle.Convert(left.Color), LineWidth = 0 });
            }
            if (i < right.Values.Count && right.Values[i] is { } r)
            {
                bars.Add(new Bar { Position = i, Value = r, Size = 0.8, FillColor = ChartStyle.Convert(right.Color), LineWidth = 0 });
            }
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        var max = left.Values.Concat(right.Values).OfType<double>().DefaultIfEmpty(1).Max();
        plot.Axes.SetLimitsX(-max * 1.08, max * 1.08);
        plot.Axes.SetLimitsY(-0.6, bands.Count - 0.4);
        var ticks = new NumericManual();
        for (var i = 0; i < bands.Count; i++)
        {
            ticks.AddMajor(i, bands[i]);
        }
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => ChartStyle.FormatTick(Math.Abs(v)) };
        plot.Axes.Bottom.Label.Text = xAxisLabel ?? "";
        plot.Add.VerticalLine(0, 0.6f, ChartStyle.Convert(Typography.Ink));
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.YAxisStyle.IsVisible = false;
    };
}
