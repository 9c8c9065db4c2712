using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>A4 portrait in points, its margins and the bands of the running header and footer.</summary>
public static class PageGeometry
{
    /// <summary>Page width (A4, 210 mm).</summary>
    public const float Width = 595f;

    /// <summary>Page height (A4, 297 mm).</summary>
    public const float Height = 842f;

    /// <summary>Left and right margins.</summary>
    public const float SideMargin = 50f;

    /// <summary>Top of the content area (below the running header).</summary>
    public const float ContentTop = 58f;

    /// <summary>Bottom of the content area (above the footer).</summary>
    public const float ContentBottom = Height - 58f;

    /// <summary>Baseline of the running header.</summary>
    public const float HeaderBaseline = 32f;

    /// <summary>Baseline of the footer.</summary>
    public const float FooterBaseline = Height - 30f;

    /// <summary>The content area.</summary>
    public static SKRect Content => new(SideMargin, ContentTop, Width - SideMargin, ContentBottom);

    /// <summary>Width of the content area.</summary>
    public static float ContentWidth => Width - 2 * SideMargin;

    /// <summary>Height of the content area.</summary>
    public static float ContentHeight => ContentBottom - ContentTop;
}
