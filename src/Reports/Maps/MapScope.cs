namespace Warehouse.Reports.Maps;

/// <summary>
/// Which départements a map shows: all of France (101, with the five DROM, Corse and a zoom on Paris and its inner
/// ring as insets), the départements of one région (a DROM région: its one département), or any list.
/// </summary>
public sealed class MapScope
{
    private static readonly string[] ParisInnerRing = ["75", "92", "93", "94"];

    /// <summary>Corse's région code: on a map of France, Corse has its own frame, as in Insee's and the DREES's maps.</summary>
    private const string CorseRegion = "94";

    private MapScope(string label, IReadOnlyList<string> codes, bool insets)
    {
        Label = label;
        Codes = codes;
        HasInsets = insets;
    }

    /// <summary>All 101 départements, DROM as insets.</summary>
    public static MapScope France { get; } = new("France", GeoAtlas.Departements.Features.Select(f => f.Code).ToArray(), true);

    /// <summary>What the scope covers, e.g. "France" or the région's name.</summary>
    public string Label { get; }

    /// <summary>The département codes drawn, one path each.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Whether the DROM and Corse (and the Paris zoom) are drawn as insets beside mainland France.</summary>
    public bool HasInsets { get; }

    /// <summary>The départements of région <paramref name="regionCode"/> ("84", "94", "03"…).</summary>
    public static MapScope Region(string regionCode)
    {
        var atlas = GeoAtlas.Departements;
        var codes = atlas.Features.Where(f => f.RegionCode == regionCode).Select(f => f.Code).ToArray();
        if (codes.Length == 0)
        {
            throw new ArgumentException($"No département belongs to région {regionCode}.", nameof(regionCode));
        }
        return new MapScope(atlas.Regions.GetValueOrDefault(regionCode, regionCode), codes, false);
    }

    /// <summary>Any set of départements of one frame (all metropolitan, or a single DROM).</summary>
    public static MapScope Departements(IEnumerable<string> codes, string label)
    {
        var atlas = GeoAtlas.Departements;
        var list = codes.Distinct(StringComparer.Ordinal).ToArray();
        var features = list.Select(c => atlas.Find(c) ?? throw new ArgumentException($"Unknown département {c}.", nameof(codes))).ToArray();
        if (features.Select(f => f.Frame).Distinct().Count() > 1)
        {
            throw new ArgumentException("Départements of several frames (metropolitan and DROM) need MapScope.France.", nameof(codes));
        }
        return new MapScope(label, list, false);
    }

    /// <summary>The panels to draw: the main one, then the insets in order.</summary>
    internal IReadOnlyList<MapPanel> Panels()
    {
        var atlas = GeoAtlas.Departements;
        var features = Codes.Select(c => atlas.Find(c)!).ToArray();
        if (!HasInsets)
        {
            return [new MapPanel(null, features, MapPanelKind.Main)];
        }
        var panels = new List<MapPanel> { new(null, features.Where(f => !f.IsOverseas && f.RegionCode != CorseRegion).ToArray(), MapPanelKind.Main) };
        panels.AddRange(features.Where(f => f.IsOverseas).Select(f => new MapPanel(f.Name, [f], MapPanelKind.Inset)));
        var corse = features.Where(f => f.RegionCode == CorseRegion).ToArray();
        if (corse.Length > 0)
        {
            panels.Add(new MapPanel(atlas.Regions.GetValueOrDefault(CorseRegion, "Corse"), corse, MapPanelKind.Inset));
        }
        panels.Add(new MapPanel("Paris et couronne", ParisInnerRing.Select(c => atlas.Find(c)!).ToArray(), MapPanelKind.Zoom));
        return panels;
    }
}

/// <summary>A box of the map: its label (insets), the features it shows, and whether it repeats features (zoom).</summary>
internal sealed record MapPanel(string? Label, IReadOnlyList<GeoFeature> Features, MapPanelKind Kind);

/// <summary>Kinds of map panels.</summary>
internal enum MapPanelKind
{
    Main,
    Inset,
    Zoom,
}
