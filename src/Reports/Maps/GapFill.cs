using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Maps;

/// <summary>How a shape without a value is drawn, on the map and in its legend: secret hatched, not applicable plain grey, absent white and outlined.</summary>
internal static class GapFill
{
    public static readonly SKColor NotApplicableFill = new(0xC8, 0xC8, 0xC8);

    public static void Draw(SKCanvas canvas, SKPath path, MapGap gap)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        switch (gap)
        {
            case MapGap.Secret:
                paint.Color = Typography.MissingFill;
                canvas.DrawPath(path, paint);
                Hatching.Draw(canvas, path, path.Bounds);
                break;
            case MapGap.NotApplicable:
                paint.Color = NotApplicableFill;
                canvas.DrawPath(path, paint);
                break;
            default:
                paint.Color = SKColors.White;
                canvas.DrawPath(path, paint);
                using (var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = Typography.ContextDark, StrokeWidth = 0.5f, PathEffect = SKPathEffect.CreateDash([1.5f, 1.5f], 0) })
                {
                    canvas.DrawPath(path, stroke);
                }
                break;
        }
    }

    /// <summary>The legend text of each gap, with the mark the tables print.</summary>
    public static string Label(MapGap gap) => gap switch
    {
        MapGap.Secret => $"{CellText.Secret} : secret statistique (NS)",
        MapGap.NotApplicable => $"{CellText.NotApplicable} : non concerné (NC)",
        _ => $"{CellText.Absent} : non disponible (absent des données)",
    };
}
