using SkiaSharp;

namespace Warehouse.Reports.Maps;

/// <summary>Fits a panel's projected metres into a box of the page (north up, aspect kept, centred).</summary>
internal readonly record struct PanelTransform(float Scale, float OffsetX, float OffsetY)
{
    /// <summary>Points per metre.</summary>
    public float PointsPerMetre => Scale;

    public static SKRect Bounds(GeoAtlas atlas, IEnumerable<GeoFeature> features)
    {
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        foreach (var arc in features.SelectMany(f => f.ArcIndexes).Distinct())
        {
            var points = atlas.Arcs[arc];
            for (var i = 0; i < points.Length; i += 2)
            {
                minX = Math.Min(minX, points[i]);
                maxX = Math.Max(maxX, points[i]);
                minY = Math.Min(minY, points[i + 1]);
                maxY = Math.Max(maxY, points[i + 1]);
            }
        }
        return new SKRect(minX, minY, maxX, maxY);
    }

    public static PanelTransform Fit(SKRect metres, SKRect box)
    {
        var scale = Math.Min(box.Width / Math.Max(metres.Width, 1), box.Height / Math.Max(metres.Height, 1));
        var offsetX = box.Left + (box.Width - metres.Width * scale) / 2 - metres.Left * scale;
        var offsetY = box.Top + (box.Height - metres.Height * scale) / 2 + metres.Bottom * scale;
        return new PanelTransform(scale, offsetX, offsetY);
    }

    public SKPoint Apply(float x, float y) => new(OffsetX + x * Scale, OffsetY - y * Scale);

    /// <summary>The size on the page of <paramref name="metres"/> once fitted.</summary>
    public SKSize Size(SKRect metres) => new(metres.Width * Scale, metres.Height * Scale);
}
