using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>A one-row legend (wrapping to more rows when needed), drawn as real text above a chart.</summary>
internal static class ChartLegend
{
    private const float SymbolWidth = 14f;
    private const float ItemGap = 12f;

    public static float Height(IReadOnlyList<LegendEntry> entries, float width) =>
        entries.Count == 0 ? 0 : Rows(entries, width) * Typography.Caption.LineHeight + 2;

    public static void Draw(SKCanvas canvas, IReadOnlyList<LegendEntry> entries, float x, float y, float width)
    {
        var style = Typography.Caption.WithColor(Typography.Ink);
        var left = x;
        var baseline = y + TextMetrics.FirstBaseline(style);
        foreach (var entry in entries)
        {
            var itemWidth = ItemWidth(entry, style);
            if (left > x && left + itemWidth > x + width)
            {
                left = x;
                baseline += style.LineHeight;
            }
            DrawSymbol(canvas, entry, left, baseline - style.Size * 0.35f);
            Shapes.Text(canvas, entry.Label, left + SymbolWidth + 4, baseline, style);
            left += itemWidth + ItemGap;
        }
    }

    public static void DrawSymbol(SKCanvas canvas, LegendEntry entry, float x, float middle)
    {
        if (entry.Symbol == LegendSymbol.Box)
        {
            Shapes.Fill(canvas, new SKRect(x + 3, middle - 4, x + 11, middle + 4), entry.Color);
            return;
        }
        using var paint = new SKPaint
        {
            Color = entry.Color,
            StrokeWidth = 2f,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            PathEffect = entry.Dashed ? SKPathEffect.CreateDash([3f, 2f], 0) : null,
        };
        canvas.DrawLine(x, middle, x + SymbolWidth, middle, paint);
    }

    private static int Rows(IReadOnlyList<LegendEntry> entries, float width)
    {
        var style = Typography.Caption;
        var rows = 1;
        var used = 0f;
        foreach (var entry in entries)
        {
            var itemWidth = ItemWidth(entry, style);
            if (used > 0 && used + itemWidth > width)
            {
                rows++;
                used = 0;
            }
            used += itemWidth + ItemGap;
        }
        return rows;
    }

    private static float ItemWidth(LegendEntry entry, TextStyle style) => SymbolWidth + 4 + style.Measure(entry.Label);
}
