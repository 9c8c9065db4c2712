using SkiaSharp;

namespace Warehouse.Reports.Maps;

/// <summary>
/// One panel of a map fitted into its box: each arc projected and simplified once (shared by both neighbours), the rings
/// of each département, and the arcs of the panel with the départements that own them. What every painter draws
/// (Skia for the PDF, SVG for the browser) comes from here, so both show the same shapes.
/// </summary>
internal sealed class PanelGeometry
{
    /// <summary>Simplification tolerance on the page, in points.</summary>
    public const float Tolerance = 0.3f;

    /// <summary>Rings smaller than this on the page (both sides) are skipped: invisible islets.</summary>
    private const float MinRingSize = 0.6f;

    private readonly GeoAtlas atlas;
    private readonly Dictionary<int, SKPoint[]> arcs = [];

    public PanelGeometry(GeoAtlas atlas, MapPanel panel, SKRect box)
    {
        this.atlas = atlas;
        Panel = panel;
        Transform = PanelTransform.Fit(PanelTransform.Bounds(atlas, panel.Features), box);
    }

    public MapPanel Panel { get; }

    public PanelTransform Transform { get; }

    /// <summary>Arc <paramref name="index"/> on the page, simplified.</summary>
    public SKPoint[] Arc(int index)
    {
        if (!arcs.TryGetValue(index, out var points))
        {
            points = ArcSimplifier.Project(atlas.Arcs[index], Transform, Tolerance);
            arcs[index] = points;
        }
        return points;
    }

    /// <summary>The visible rings of <paramref name="feature"/> (outer rings and holes alike: fill them even-odd).</summary>
    public IReadOnlyList<SKPoint[]> Rings(GeoFeature feature)
    {
        var rings = new List<SKPoint[]>();
        foreach (var ring in feature.Polygons.SelectMany(p => p))
        {
            var points = RingPoints(ring);
            if (points.Count >= 3 && !IsTiny(points))
            {
                rings.Add([.. points]);
            }
        }
        return rings;
    }

    /// <summary>Each arc of the panel once, with the départements of the panel that use it (one: an outline; two: a border).</summary>
    public IEnumerable<(int Arc, IReadOnlyList<GeoFeature> Owners)> ArcsWithOwners()
    {
        var inPanel = Panel.Features.Select(f => atlas.IndexOf(f.Code)).ToHashSet();
        foreach (var index in Panel.Features.SelectMany(f => f.ArcIndexes).Distinct())
        {
            yield return (index, atlas.ArcOwners[index].Where(inPanel.Contains).Select(o => atlas.Features[o]).ToArray());
        }
    }

    /// <summary>The arcs that bound the features <paramref name="inside"/> selects (one owner inside, any other outside), whole atlas considered.</summary>
    public IEnumerable<SKPoint[]> Boundary(Func<GeoFeature, bool> inside)
    {
        foreach (var index in Panel.Features.SelectMany(f => f.ArcIndexes).Distinct())
        {
            if (atlas.ArcOwners[index].Select(o => atlas.Features[o]).Count(inside) == 1)
            {
                yield return Arc(index);
            }
        }
    }

    private List<SKPoint> RingPoints(int[] ring)
    {
        var points = new List<SKPoint>();
        foreach (var reference in ring)
        {
            var source = Arc(reference >= 0 ? reference : ~reference);
            var count = source.Length;
            for (var i = points.Count == 0 ? 0 : 1; i < count; i++)
            {
                points.Add(source[reference >= 0 ? i : count - 1 - i]);
            }
        }
        return points;
    }

    private static bool IsTiny(List<SKPoint> points)
    {
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        foreach (var p in points)
        {
            (minX, maxX, minY, maxY) = (Math.Min(minX, p.X), Math.Max(maxX, p.X), Math.Min(minY, p.Y), Math.Max(maxY, p.Y));
        }
        return maxX - minX < MinRingSize && maxY - minY < MinRingSize;
    }
}
