using System.Globalization;
using System.Text;
using Warehouse.Reports.Rendering;
using static Warehouse.Reports.Rendering.SvgText;

namespace Warehouse.Reports.Explorer;

/// <summary>An evolution as lines over the years: one colour and one marker shape per series, a &lt;title&gt; on every point, the legend below.</summary>
public static class SvgLineChart
{
    private const double PlotTop = 30;
    private const double Left = 58;
    private const double Right = 20;
    private static readonly int[] Multiples = [1, 2, 5, 10];

    /// <param name="evolution">The series.</param>
    /// <param name="cssClass">The SVG's class.</param>
    /// <param name="width">Width in SVG units: 640 for a full chart, 320 for a small multiple (its text stays readable once scaled).</param>
    public static string Render(Evolution evolution, string cssClass = "evolution", double width = 640)
    {
        ArgumentNullException.ThrowIfNull(evolution);
        var decimals = evolution.Indexed ? 1 : evolution.Decimals;
        var values = evolution.Series.SelectMany(s => s.Values).Select(v => v.Value).OfType<double>().ToList();
        var (min, max) = values.Count == 0 ? (0d, 1d) : (values.Min(), values.Max());
        min = evolution.Indexed ? Math.Min(min, 100) : Math.Min(0, min);
        max = Math.Max(max, min + 1e-9);
        var (low, high, step) = NiceScale(min, max);
        var years = evolution.Years;
        var plotWidth = width - Left - Right;
        var plotHeight = width >= 600 ? 230 : 170;
        var columns = width >= 600 ? 2 : 1;
        double X(int i) => Left + (years.Count <= 1 ? plotWidth / 2 : i * plotWidth / (years.Count - 1));
        double Y(double v) => PlotTop + plotHeight - (v - low) / (high - low) * plotHeight;
        var legendRows = (evolution.Series.Count + columns - 1) / columns;
        var height = PlotTop + plotHeight + 30 + legendRows * 16 + 6;
        var svg = new StringBuilder(32_000);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" class=\"{cssClass}\" role=\"img\" aria-label=\"{Escape("Évolution : " + evolution.Title)}\" font-family=\"{FontFamily}\" font-size=\"10\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"12\" font-weight=\"bold\">{Escape(evolution.Indexed ? "Indice (première année = 100)" : evolution.Unit)}</text>");
        for (var tick = low; tick <= high + step / 2; tick += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" x2=\"{N(width - Right)}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\" stroke=\"#e4e4e4\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left - 5)}\" y=\"{N(Y(tick) + 3.5)}\" text-anchor=\"end\" fill=\"{Hex(Typography.Muted)}\">{Escape(FrenchFormat.Number(tick, step < 1 ? 1 : 0))}</text>");
        }
        var every = Math.Max(1, (int)Math.Ceiling(years.Count / 10.0));
        for (var i = 0; i < years.Count; i++)
        {
            if (i % every == 0 || i == years.Count - 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{N(PlotTop + plotHeight + 15)}\" text-anchor=\"middle\" fill=\"{Hex(Typography.Muted)}\">{years[i]}</text>");
            }
        }
        for (var s = 0; s < evolution.Series.Count; s++)
        {
            var series = evolution.Series[s];
            var color = Hex(Series[s % Series.Count]);
            var line = new StringBuilder();
            for (var i = 0; i < years.Count; i++)
            {
                if (series.Values[i].Value is { } v)
                {
                    line.Append(line.Length == 0 || series.Values[i - 1].Value is null ? 'M' : 'L').Append(N(X(i))).Append(',').Append(N(Y(v)));
                }
            }
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"serie\" data-code=\"{Escape(series.Code)}\"><path d=\"{line}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>");
            for (var i = 0; i < years.Count; i++)
            {
                if (series.Values[i].Value is { } v)
                {
                    svg.Append("<g class=\"point\">").Append(Marker(s, X(i), Y(v), color))
                        .Append("<title>").Append(Escape($"{series.Name}, {years[i]} : {FrenchFormat.Number(v, decimals)}")).Append("</title></g>");
                }
            }
            svg.Append("</g>");
            var lx = s % columns * 320;
            var ly = PlotTop + plotHeight + 34 + s / columns * 16;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(lx)}\" x2=\"{N(lx + 22)}\" y1=\"{N(ly)}\" y2=\"{N(ly)}\" stroke=\"{color}\" stroke-width=\"2\"/>").Append(Marker(s, lx + 11, ly, color))
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{N(lx + 28)}\" y=\"{N(ly + 3.5)}\">{Escape(series.Name)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Circle, square, triangle, diamond, then the same hollow: the shape tells series apart without colour.</summary>
    private static string Marker(int series, double x, double y, string color)
    {
        var fill = series < 4 ? color : "#fff";
        return (series % 4) switch
        {
            0 => $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"3.2\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"1.3\"/>",
            1 => $"<rect x=\"{N(x - 3)}\" y=\"{N(y - 3)}\" width=\"6\" height=\"6\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"1.3\"/>",
            2 => $"<path d=\"M{N(x)},{N(y - 3.8)}L{N(x + 3.6)},{N(y + 2.8)}L{N(x - 3.6)},{N(y + 2.8)}Z\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"1.3\"/>",
            _ => $"<path d=\"M{N(x)},{N(y - 4)}L{N(x + 4)},{N(y)}L{N(x)},{N(y + 4)}L{N(x - 4)},{N(y)}Z\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"1.3\"/>",
        };
    }

    /// <summary>Round axis bounds and step (1, 2 or 5 × a power of ten), about five ticks.</summary>
    internal static (double Low, double High, double Step) NiceScale(double min, double max)
    {
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Multiples.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }
}
