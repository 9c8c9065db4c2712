using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>A size, weight and colour of text; line height as a multiple of the size.</summary>
public readonly record struct TextStyle(float Size, bool Bold, SKColor Color, float LineSpacing = 1.3f)
{
    /// <summary>Distance between two baselines, in points.</summary>
    public float LineHeight => Size * LineSpacing;

    /// <summary>The same style in bold.</summary>
    public TextStyle AsBold() => this with { Bold = true };

    /// <summary>The same style in another colour.</summary>
    public TextStyle WithColor(SKColor color) => this with { Color = color };

    /// <summary>The same style at another size.</summary>
    public TextStyle WithSize(float size) => this with { Size = size };

    /// <summary>A Skia font for this style (the caller disposes it).</summary>
    internal SKFont CreateFont() => new(FontLibrary.Typeface(Bold), Size)
    {
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
    };

    /// <summary>A fill paint in this style's colour (the caller disposes it).</summary>
    internal SKPaint CreatePaint() => new() { Color = Color, IsAntialias = true, Style = SKPaintStyle.Fill };

    /// <summary>Advance width of <paramref name="text"/> in points.</summary>
    internal float Measure(string text)
    {
        using var font = CreateFont();
        return font.MeasureText(text);
    }
}
