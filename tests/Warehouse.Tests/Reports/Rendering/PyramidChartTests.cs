using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class PyramidChartTests
{
    [Fact]
    public void Pyramid_DrawsWomenLeftAndMenRight_OneHorizontalBarPerPublishedValue()
    {
        using var plot = new Plot();
        var women = new ChartSeries("Femmes", [10, null, 30], SKColors.Orange);
        var men = new ChartSeries("Hommes", [5, 15, 25], SKColors.Blue);

        PyramidChart.Plot(["< 25", "25–29", "30–34"], women, men, "praticiens")(plot);

        var bars = Assert.Single(plot.GetPlottables().OfType<BarPlot>());
        Assert.All(bars.Bars, b => Assert.Equal(Orientation.Horizontal, b.Orientation));
        Assert.Equal([-10, -30], bars.Bars.Where(b => b.Value < 0).Select(b => b.Value));
        Assert.Equal([5, 15, 25], bars.Bars.Where(b => b.Value > 0).Select(b => b.Value));
        Assert.Equal([0, 2], bars.Bars.Where(b => b.Value < 0).Select(b => b.Position)); // the secret band has no bar, not a zero one
        var limits = plot.Axes.GetLimits();
        Assert.Equal(-limits.Left, limits.Right, 6); // both sides on one scale
    }
}
