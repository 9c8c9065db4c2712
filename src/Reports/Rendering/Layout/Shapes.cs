using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Small drawing helpers: rules, boxes, text at a point.</summary>
internal static class Shapes
{
    public static void Line(SKCanvas canvas, float x0, float y0, float x1, float y1, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    public static void Fill(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, paint);
    }

    public static void Stroke(SKCanvas canvas, SKRect rect, SKColor color, float width, float radius = 0)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
        if (radius > 0)
        {
            canvas.DrawRoundRect(rect, radius, radius, paint);
        }
        else
        {
            canvas.DrawRect(rect, paint);
        }
    }

    /// <summary>Draws one line of text with its baseline at <paramref name="baseline"/>; returns its width.</summary>
    public static float Text(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = style.CreateFont();
        using var paint = style.CreatePaint();
        canvas.DrawText(text, x, baseline, align, font, paint);
        return font.MeasureText(text);
    }

    /// <summary>Shortens <paramref name="text"/> with an ellipsis until it fits <paramref name="width"/>.</summary>
    public static string Fit(string text, TextStyle style, float width)
    {
        using var font = style.CreateFont();
        if (font.MeasureText(text) <= width)
        {
            return text;
        }
        var length = text.Length;
        while (length > 1 && font.MeasureText(string.Concat(text.AsSpan(0, length).TrimEnd(), "…")) > width)
        {
            length--;
        }
        return string.Concat(text.AsSpan(0, length).TrimEnd(), "…");
    }
}
