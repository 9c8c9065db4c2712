using ScottPlot;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// The briefings' chart kinds as ready blocks: lines over years, grouped bars, stacked bars; and the plot
/// builders behind them for small multiples (<see cref="ChartGrid"/>).
/// </summary>
public static class Charts
{
    /// <summary>Lines of levels over years (null values leave gaps), on an axis from zero so that a small change does not look like a collapse.</summary>
    public static ChartBlock Line(string title, IReadOnlyList<int> years, IReadOnlyList<ChartSeries> series, string yAxisLabel, float plotHeight = 170f) =>
        WithLegend(new(title, LinePlot(years, series, yAxisLabel, FromZero(series)), plotHeight), series, LegendSymbol.Line);

    /// <summary>
    /// The legend of the series that have a value; a series with none (secret, not applicable or absent throughout) is
    /// named in the note under the chart instead of standing in the legend with nothing drawn.
    /// </summary>
    private static ChartBlock WithLegend(ChartBlock chart, IReadOnlyList<ChartSeries> series, LegendSymbol symbol)
    {
        var drawn = series.Where(s => s.Values.Any(v => v is not null)).ToList();
        var empty = series.Where(s => s.Values.All(v => v is null)).Select(s => s.Name).ToList();
        chart.Legend = [.. drawn.Select(s => s.ToLegend(symbol))];
        chart.Note = empty.Count == 0 ? null : $"Non tracé, aucune valeur publiée : {string.Join(", ", empty)}.";
        return chart;
    }

    /// <summary>Y limits from zero to the highest value, padded.</summary>
    public static (double Min, double Max) FromZero(IEnumerable<ChartSeries> series)
    {
        var max = series.SelectMany(s => s.Values).OfType<double>().DefaultIfEmpty(1).Max();
        return (0, max > 0 ? max * 1.08 : 1);
    }

    /// <summary>Bars side by side for each category, one colour per series.</summary>
    public static ChartBlock GroupedBars(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string yAxisLabel, float plotHeight = 170f) =>
        WithLegend(new(title, GroupedBarPlot(categories, series, yAxisLabel), plotHeight), series, LegendSymbol.Box);

    /// <summary>Bars stacked for each category (e.g. sectors over years), series from bottom to top.</summary>
    public static ChartBlock StackedBars(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string yAxisLabel, float plotHeight = 170f) =>
        WithLegend(new(title, StackedBarPlot(categories, series, yAxisLabel), plotHeight), series, LegendSymbol.Box);

    /// <summary>Builds a line plot: one scatter line per run of published values, years on the bottom axis.</summary>
    /// <param name="years">The years on the bottom axis.</param>
    /// <param name="series">The lines.</param>
    /// <param name="yAxisLabel">The left axis label.</param>
    /// <param name="yLimits">Fixed y limits (small multiples share them).</param>
    /// <param name="endYearsOnly">Label only the first and last years (small panels, where automatic ticks keep a single one).</param>
    public static Action<Plot> LinePlot(IReadOnlyList<int> years, IReadOnlyList<ChartSeries> series, string? yAxisLabel, (double Min, double Max)? yLimits = null, bool endYearsOnly = false) => plot =>
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(series);
        foreach (var s in series.Reverse())
        {
            foreach (var run in Runs(years, s.Values))
            {
                var line = plot.Add.ScatterLine(run.X, run.Y, ChartStyle.Convert(s.Color));
                line.LineWidth = s.LineWidth;
                line.MarkerSize = run.X.Length == 1 ? 4 : 0;
                line.LinePattern = s.Dashed ? LinePattern.Dashed : LinePattern.Solid;
            }
        }
        if (endYearsOnly && years.Count > 1)
        {
            ChartStyle.CategoryTicks(plot, [], (years[0], FrenchFormat.Year(years[0])), (years[^1], FrenchFormat.Year(years[^1])));
        }
        else
        {
            ChartStyle.YearTicks(plot);
        }
        plot.Axes.Left.Label.Text = yAxisLabel ?? "";
        if (yLimits is { } limits)
        {
            plot.Axes.SetLimitsY(limits.Min, limits.Max);
        }
        if (years.Count > 0)
        {
            plot.Axes.SetLimitsX(years[0] - 0.3, years[^1] + 0.3);
        }
    };

    /// <summary>Builds a grouped bar plot.</summary>
    public static Action<Plot> GroupedBarPlot(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string? yAxisLabel) => plot =>
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, series.Count);
        var bars = new List<Bar>();
        for (var s = 0; s < series.Count; s++)
        {
            for (var c = 0; c < categories.Count && c < series[s].Values.Count; c++)
            {
                if (series[s].Values[c] is { } value)
                {
                    bars.Add(new Bar
                    {
                        Position = c - groupWidth / 2 + barWidth * (s + 0.5),
                        Value = value,
                        Size = barWidth * 0.92,
                        FillColor = ChartStyle.Convert(series[s].Color),
                        LineWidth = 0,
                    });
                }
            }
        }
        plot.Add.Bars(bars);
        FinishBars(plot, categories, yAxisLabel);
    };

    /// <summary>Builds a stacked bar plot.</summary>
    public static Action<Plot> StackedBarPlot(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string? yAxisLabel) => plot =>
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var bars = new List<Bar>();
        for (var c = 0; c < categories.Count; c++)
        {
            var bottom = 0.0;
            foreach (var s in series)
            {
                if (c < s.Values.Count && s.Values[c] is { } value)
                {
                    bars.Add(new Bar { Position = c, ValueBase = bottom, Value = bottom + value, Size = 0.7, FillColor = ChartStyle.Convert(s.Color), LineWidth = 0 });
                    bottom += value;
                }
            }
        }
        plot.Add.Bars(bars);
        FinishBars(plot, categories, yAxisLabel);
    };

    /// <summary>Y limits shared by small multiples so their shapes compare: the range of every value, padded.</summary>
    public static (double Min, double Max) SharedLimits(IEnumerable<ChartSeries> series, double padding = 0.08)
    {
        var values = series.SelectMany(s => s.Values).OfType<double>().ToArray();
        if (values.Length == 0)
        {
            return (0, 1);
        }
        var (min, max) = (values.Min(), values.Max());
        var pad = Math.Max((max - min) * padding, Math.Abs(max) * 0.01 + 1e-9);
        return (min - pad, max + pad);
    }

    private static void FinishBars(Plot plot, IReadOnlyList<string> categories, string? yAxisLabel)
    {
        ChartStyle.CategoryTicks(plot, categories);
        plot.Axes.Left.Label.Text = yAxisLabel ?? "";
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(-0.6, categories.Count - 0.4);
    }

    private static IEnumerable<(double[] X, double[] Y)> Runs(IReadOnlyList<int> years, IReadOnlyList<double?> values)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i <= years.Count; i++)
        {
            if (i < years.Count && i < values.Count && values[i] is { } v)
            {
                xs.Add(years[i]);
                ys.Add(v);
                continue;
            }
            if (xs.Count > 0)
            {
                yield return (xs.ToArray(), ys.ToArray());
                xs.Clear();
                ys.Clear();
            }
        }
    }
}
