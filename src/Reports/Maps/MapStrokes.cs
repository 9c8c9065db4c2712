using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Maps;

/// <summary>
/// The lines of a map panel, each arc drawn once: white between départements, grey between régions (France map)
/// and along the outline, and the highlighted territory in a thick dark stroke over a white halo.
/// </summary>
internal sealed class MapStrokes(MapStyle style)
{
    public void DrawBorders(SKCanvas canvas, PanelGeometry geometry)
    {
        using var inner = new SKPaint { Color = SKColors.White, StrokeWidth = 0.45f, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round };
        using var region = new SKPaint { Color = Typography.Muted, StrokeWidth = 0.6f, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round };
        using var outline = new SKPaint { Color = Typography.ContextLight, StrokeWidth = 0.4f, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round };
        using var innerPath = new SKPath();
        using var regionPath = new SKPath();
        using var outlinePath = new SKPath();
        foreach (var (index, owners) in geometry.ArcsWithOwners())
        {
            var target = MapBorders.KindOf(owners, style.RegionBorders) switch
            {
                MapBorderKind.Outline => outlinePath,
                MapBorderKind.Region => regionPath,
                _ => innerPath,
            };
            AddPolyline(target, geometry.Arc(index));
        }
        canvas.DrawPath(innerPath, inner);
        canvas.DrawPath(outlinePath, outline);
        canvas.DrawPath(regionPath, region);
    }

    public void DrawHighlight(SKCanvas canvas, PanelGeometry geometry)
    {
        if (style.HighlightCode is null && style.HighlightRegion is null)
        {
            return;
        }
        using var path = new SKPath();
        foreach (var arc in geometry.Boundary(IsHighlighted))
        {
            AddPolyline(path, arc);
        }
        using var halo = new SKPaint { Color = SKColors.White, StrokeWidth = 3f, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round };
        using var paint = new SKPaint { Color = Typography.Ink, StrokeWidth = 1.5f, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round };
        canvas.DrawPath(path, halo);
        canvas.DrawPath(path, paint);
    }

    private bool IsHighlighted(GeoFeature feature) =>
        feature.Code == style.HighlightCode || feature.RegionCode == style.HighlightRegion;

    private static void AddPolyline(SKPath path, SKPoint[] points)
    {
        if (points.Length < 2)
        {
            return;
        }
        path.MoveTo(points[0]);
        for (var i = 1; i < points.Length; i++)
        {
            path.LineTo(points[i]);
        }
    }
}
