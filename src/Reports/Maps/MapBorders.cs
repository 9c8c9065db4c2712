namespace Warehouse.Reports.Maps;

/// <summary>What kind of line an arc of a panel is, for every painter.</summary>
internal enum MapBorderKind
{
    /// <summary>The edge of the panel's land (coast, or a border with a territory not drawn).</summary>
    Outline,

    /// <summary>Between two départements of one région.</summary>
    Inner,

    /// <summary>Between two régions.</summary>
    Region,
}

internal static class MapBorders
{
    /// <param name="owners">The départements of the panel using the arc.</param>
    /// <param name="regionBorders">Whether borders between régions are told apart (France maps).</param>
    public static MapBorderKind KindOf(IReadOnlyList<GeoFeature> owners, bool regionBorders) =>
        owners.Count < 2 ? MapBorderKind.Outline
        : regionBorders && owners[0].RegionCode != owners[1].RegionCode ? MapBorderKind.Region
        : MapBorderKind.Inner;
}
