using SkiaSharp;

namespace Warehouse.Reports.Maps;

/// <summary>
/// Where each panel goes in the map area: the main panel large, the insets (DROM, Corse, Paris zoom) in a column on
/// its left, each under its label.
/// </summary>
internal static class MapLayout
{
    public const float InsetLabelHeight = 9f;
    private const float InsetGap = 5f;

    public static IReadOnlyList<SKRect> Place(IReadOnlyList<MapPanel> panels, SKRect area)
    {
        if (panels.Count == 1)
        {
            return [area];
        }
        var insets = panels.Count - 1;
        var columnWidth = Math.Clamp(area.Width * 0.19f, 52f, 80f);
        var slot = (area.Height - InsetGap * (insets - 1)) / insets;
        var rects = new List<SKRect> { new(area.Left + columnWidth + 10, area.Top, area.Right, area.Bottom) };
        for (var i = 0; i < insets; i++)
        {
            var top = area.Top + i * (slot + InsetGap);
            rects.Add(new SKRect(area.Left, top + InsetLabelHeight, area.Left + columnWidth, top + slot));
        }
        return rects;
    }
}
