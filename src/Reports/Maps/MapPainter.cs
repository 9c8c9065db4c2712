using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Maps;

/// <summary>
/// Draws one panel: a filled path per département (without a value: see <see cref="GapFill"/>), each
/// border once (thin white between départements, grey between régions and along the outline), the
/// highlighted territory in a thick dark stroke, optional labels. Returns the number of départements drawn.
/// </summary>
internal sealed class MapPainter(GeoAtlas atlas, MapStyle style)
{
    public int Draw(SKCanvas canvas, MapPanel panel, SKRect box)
    {
        var geometry = new PanelGeometry(atlas, panel, box);
        var drawn = 0;
        foreach (var feature in panel.Features)
        {
            using var path = BuildPath(geometry.Rings(feature));
            if (path.IsEmpty)
            {
                continue;
            }
            drawn++;
            FillFeature(canvas, path, feature);
        }
        var strokes = new MapStrokes(style);
        strokes.DrawBorders(canvas, geometry);
        strokes.DrawHighlight(canvas, geometry);
        if (style.Labels != MapLabels.None && panel.Kind == MapPanelKind.Main)
        {
            DrawLabels(canvas, panel, geometry.Transform);
        }
        return drawn;
    }

    private static SKPath BuildPath(IReadOnlyList<SKPoint[]> rings)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in rings)
        {
            path.AddPoly(ring, close: true);
        }
        return path;
    }

    private void FillFeature(SKCanvas canvas, SKPath path, GeoFeature feature)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        if (style.FillOf(feature.Code) is { } color)
        {
            paint.Color = color;
            canvas.DrawPath(path, paint);
            return;
        }
        GapFill.Draw(canvas, path, style.GapOf(feature.Code));
    }

    private void DrawLabels(SKCanvas canvas, MapPanel panel, PanelTransform transform)
    {
        var textStyle = new TextStyle(style.Labels == MapLabels.Names ? 6f : 5.5f, false, Typography.Ink);
        foreach (var feature in panel.Features)
        {
            var at = transform.Apply(feature.Label.X, feature.Label.Y);
            var text = style.Labels == MapLabels.Names ? feature.Name : feature.Code;
            var fill = style.FillOf(feature.Code);
            var ink = fill is { } c && Luminance(c) < 0.45 ? SKColors.White : Typography.Ink;
            Shapes.Text(canvas, text, at.X, at.Y + textStyle.Size * 0.35f, textStyle.WithColor(ink), SKTextAlign.Center);
        }
    }

    private static double Luminance(SKColor c) => (0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue) / 255;
}

/// <summary>How départements are filled and what is outlined.</summary>
internal sealed record MapStyle(Func<string, SKColor?> FillOf, string? HighlightCode, string? HighlightRegion, MapLabels Labels, bool RegionBorders)
{
    /// <summary>Why a département without a fill has no value (default: absent).</summary>
    public Func<string, MapGap> GapOf { get; init; } = _ => MapGap.Absent;
}

/// <summary>Why a département has no value: three different things, drawn and explained differently.</summary>
public enum MapGap
{
    /// <summary>Absent from the loaded data (or an empty field): white, outlined.</summary>
    Absent,

    /// <summary>Secret statistique (NS): hatched grey.</summary>
    Secret,

    /// <summary>Non concerné (NC): plain mid grey.</summary>
    NotApplicable,
}
