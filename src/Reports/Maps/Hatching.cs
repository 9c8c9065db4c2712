using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Maps;

/// <summary>Grey diagonal hatching inside a shape: the mark of a missing or secret value (vector lines, clipped).</summary>
internal static class Hatching
{
    private const float Spacing = 2.4f;

    public static void Draw(SKCanvas canvas, SKPath clip, SKRect bounds)
    {
        using var paint = new SKPaint { Color = Typography.MissingHatch, StrokeWidth = 0.4f, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var lines = new SKPath();
        for (var offset = -bounds.Height; offset < bounds.Width; offset += Spacing)
        {
            lines.MoveTo(bounds.Left + offset, bounds.Bottom);
            lines.LineTo(bounds.Left + offset + bounds.Height, bounds.Top);
        }
        canvas.Save();
        canvas.ClipPath(clip, SKClipOperation.Intersect, true);
        canvas.DrawPath(lines, paint);
        canvas.Restore();
    }

    /// <summary>Hatching in a rectangle (legend swatch).</summary>
    public static void Draw(SKCanvas canvas, SKRect rect)
    {
        using var clip = new SKPath();
        clip.AddRect(rect);
        Draw(canvas, clip, rect);
    }
}
