using SkiaSharp;

namespace Warehouse.Reports.Maps;

/// <summary>
/// A département outline: polygons of rings, each ring a list of arc references into <see cref="GeoAtlas.Arcs"/>
/// (a negative reference ~i means arc i reversed), in the metres of its frame's projection.
/// </summary>
internal sealed record GeoFeature(
    string Code,
    string Name,
    string RegionCode,
    string Frame,
    SKPoint Label,
    IReadOnlyList<IReadOnlyList<int[]>> Polygons)
{
    /// <summary>The frame of metropolitan France (Lambert-93); DROM each have their own.</summary>
    public const string Metropolitan = "metro";

    public bool IsOverseas => Frame != Metropolitan;

    /// <summary>Every arc index this feature uses.</summary>
    public IEnumerable<int> ArcIndexes => Polygons.SelectMany(p => p).SelectMany(r => r).Select(r => r >= 0 ? r : ~r);
}
