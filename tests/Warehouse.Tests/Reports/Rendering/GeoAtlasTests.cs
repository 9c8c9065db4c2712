using Warehouse.Reports.Maps;

namespace Warehouse.Tests.Reports.Rendering;

public sealed class GeoAtlasTests
{
    private static readonly string[] Drom = ["971", "972", "973", "974", "976"];

    [Fact]
    public void Departements_Has101FeaturesWithDataAmeliCodes()
    {
        var atlas = GeoAtlas.Departements;

        var codes = atlas.Features.Select(f => f.Code).ToArray();

        var metropolitan = Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Concat(["2A", "2B"]);
        Assert.Equal(101, codes.Length);
        Assert.Equal(metropolitan.Concat(Drom).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.Equal(Drom, atlas.Features.Where(f => f.IsOverseas).Select(f => f.Code));
        Assert.Equal(18, atlas.Regions.Count);
        Assert.All(atlas.Features, f => Assert.True(atlas.Regions.ContainsKey(f.RegionCode), f.Code));
    }

    [Fact]
    public void Departements_AcceptsPolygonAndMultiPolygonSources()
    {
        var atlas = GeoAtlas.Departements;

        Assert.Contains(atlas.Features, f => f.Polygons.Count == 1);
        Assert.Contains(atlas.Features, f => f.Polygons.Count > 1); // islands: Finistère, Charente-Maritime, the DROM
        Assert.True(atlas.Find("971")!.Polygons.Count > 1);
    }

    [Fact]
    public void Departements_ShareBordersAsOneArc()
    {
        var atlas = GeoAtlas.Departements;

        var shared = atlas.ArcOwners.Count(o => o.Count == 2);

        Assert.All(atlas.ArcOwners, o => Assert.InRange(o.Count, 1, 2));
        Assert.True(shared > 150, $"{shared} shared arcs");
        var rhone = atlas.IndexOf("69");
        var ain = atlas.IndexOf("01");
        Assert.Contains(atlas.ArcOwners, o => o.Contains(rhone) && o.Contains(ain));
    }

    [Fact]
    public void Departements_ClosesEveryRing()
    {
        var atlas = GeoAtlas.Departements;

        foreach (var ring in atlas.Features.SelectMany(f => f.Polygons).SelectMany(p => p))
        {
            var first = Start(atlas, ring[0]);
            var last = End(atlas, ring[^1]);
            Assert.Equal(first, last);
            for (var i = 1; i < ring.Length; i++)
            {
                Assert.Equal(End(atlas, ring[i - 1]), Start(atlas, ring[i]));
            }
        }
    }

    [Fact]
    public void Region_ListsItsDepartements()
    {
        Assert.Equal(["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"], MapScope.Region("84").Codes.Order(StringComparer.Ordinal));
        Assert.Equal(["2A", "2B"], MapScope.Region("94").Codes.Order(StringComparer.Ordinal));
        Assert.Equal(["974"], MapScope.Region("04").Codes);
        Assert.Equal("Auvergne-Rhône-Alpes", MapScope.Region("84").Label);
        Assert.Throws<ArgumentException>(() => MapScope.Region("99"));
    }

    [Fact]
    public void France_HasInsetsForEachDrom_CorseInItsFrame_AndParis()
    {
        var panels = MapScope.France.Panels();

        Assert.Equal(101, MapScope.France.Codes.Count);
        Assert.Equal(94, panels[0].Features.Count); // mainland: 96 metropolitan départements less 2A and 2B
        Assert.Equal(["Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte", "Corse", "Paris et couronne"], panels.Skip(1).Select(p => p.Label));
        Assert.Equal(["2A", "2B"], panels[6].Features.Select(f => f.Code).Order());
        Assert.Equal(101, panels.Where(p => p.Kind != MapPanelKind.Zoom).Sum(p => p.Features.Count)); // each drawn once
    }

    private static (float, float) Start(GeoAtlas atlas, int reference)
    {
        var arc = atlas.Arcs[reference >= 0 ? reference : ~reference];
        return reference >= 0 ? (arc[0], arc[1]) : (arc[^2], arc[^1]);
    }

    private static (float, float) End(GeoAtlas atlas, int reference)
    {
        var arc = atlas.Arcs[reference >= 0 ? reference : ~reference];
        return reference >= 0 ? (arc[^2], arc[^1]) : (arc[0], arc[1]);
    }
}
