using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Puts a ScottPlot plot in the reports' typography: embedded font, point sizes, greys, light grid, fr-FR ticks.</summary>
internal static class ChartStyle
{
    public static void Apply(Plot plot)
    {
        ChartFonts.EnsureRegistered();
        plot.Font.Set(Typography.FontFamily);
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        plot.RenderManager.ClearCanvasBeforeEachRender = false;

        var muted = Convert(Typography.Muted);
        var rule = Convert(Typography.Rule);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Right, plot.Axes.Top })
        {
            axis.TickLabelStyle.FontSize = Typography.ChartTickLabelSize;
            axis.TickLabelStyle.ForeColor = muted;
            axis.TickLabelStyle.FontName = Typography.FontFamily;
            axis.Label.FontSize = Typography.ChartAxisLabelSize;
            axis.Label.ForeColor = muted;
            axis.Label.Bold = false;
            axis.Label.FontName = Typography.FontFamily;
            axis.MajorTickStyle.Length = 3;
            axis.MajorTickStyle.Width = 0.6f;
            axis.MajorTickStyle.Color = rule;
            axis.MinorTickStyle.Length = 0;
            axis.MinorTickStyle.Width = 0;
            axis.FrameLineStyle.Width = 0.6f;
            axis.FrameLineStyle.Color = rule;
        }
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.MajorTickStyle.Length = 0;
        plot.Axes.Right.MajorTickStyle.Length = 0;

        plot.Grid.MajorLineColor = Convert(Typography.GridLine);
        plot.Grid.MajorLineWidth = 0.5f;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.MinorLineWidth = 0;

        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = FormatTick };
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = FormatTick };
    }

    /// <summary>A tick label in fr-FR: "12 000", "0,5", "−2".</summary>
    public static string FormatTick(double value)
    {
        var decimals = 0;
        while (decimals < 3 && Math.Abs(value * Math.Pow(10, decimals) - Math.Round(value * Math.Pow(10, decimals))) > 1e-6)
        {
            decimals++;
        }
        return FrenchFormat.Number(value, decimals);
    }

    /// <summary>Year ticks on the bottom axis ("2019", no thousands separator), as many as fit without overlapping.</summary>
    public static void YearTicks(Plot plot) =>
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = value => FrenchFormat.Year((int)Math.Round(value)),
        };

    /// <summary>Category ticks on the bottom axis at positions 0, 1, 2…</summary>
    public static void CategoryTicks(Plot plot, IReadOnlyList<string> categories, params (double Position, string Label)[] extra)
    {
        var ticks = new NumericManual();
        for (var i = 0; i < categories.Count; i++)
        {
            ticks.AddMajor(i, categories[i]);
        }
        foreach (var (position, label) in extra)
        {
            ticks.AddMajor(position, label);
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
    }

    public static Color Convert(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
