using System.Reflection;
using System.Text.Json;
using SkiaSharp;

namespace Warehouse.Reports.Maps;

/// <summary>
/// The 101 départements (96 metropolitan + 5 DROM) from the embedded, pre-projected boundaries
/// (Resources/Geo/france-departements.topo.json, built by build_geo.py): shared arcs, so a border between two
/// départements is simplified once and both sides stay glued. Loaded once per process.
/// </summary>
internal sealed class GeoAtlas
{
    private const string ResourceName = "Warehouse.Reports.Geo.france-departements.topo.json";
    private static readonly Lazy<GeoAtlas> Instance = new(Load);
    private readonly Dictionary<string, int> indexByCode;

    private GeoAtlas(IReadOnlyList<float[]> arcs, IReadOnlyList<GeoFeature> features, IReadOnlyDictionary<string, string> regions)
    {
        Arcs = arcs;
        Features = features;
        Regions = regions;
        indexByCode = features.Select((f, i) => (f.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var owners = new List<int>[arcs.Count];
        for (var f = 0; f < features.Count; f++)
        {
            foreach (var arc in features[f].ArcIndexes.Distinct())
            {
                (owners[arc] ??= []).Add(f);
            }
        }
        ArcOwners = owners.Select(o => (IReadOnlyList<int>)(o ?? [])).ToArray();
    }

    /// <summary>The départements of France.</summary>
    public static GeoAtlas Departements => Instance.Value;

    /// <summary>Arc vertices, x and y interleaved, in metres of the frame's projection.</summary>
    public IReadOnlyList<float[]> Arcs { get; }

    /// <summary>For each arc, the indexes of the features whose outline uses it (one: coast or border; two: shared).</summary>
    public IReadOnlyList<IReadOnlyList<int>> ArcOwners { get; }

    /// <summary>All features, metropolitan first (in code order), then the DROM.</summary>
    public IReadOnlyList<GeoFeature> Features { get; }

    /// <summary>Région code → name (official spelling).</summary>
    public IReadOnlyDictionary<string, string> Regions { get; }

    public GeoFeature? Find(string code) => indexByCode.TryGetValue(code, out var i) ? Features[i] : null;

    /// <summary>Index of the feature with <paramref name="code"/> in <see cref="Features"/>, or −1.</summary>
    public int IndexOf(string code) => indexByCode.GetValueOrDefault(code, -1);

    private static GeoAtlas Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded boundaries {ResourceName} are missing from Warehouse.Reports.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var quantum = root.GetProperty("quantumMetres").GetSingle();
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(a => DecodeArc(a, quantum)).ToArray();
        var features = root.GetProperty("features").EnumerateArray().Select(f => ReadFeature(f, quantum)).ToList();
        var regions = root.GetProperty("regions").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? p.Name, StringComparer.Ordinal);
        return new GeoAtlas(arcs, features, regions);
    }

    private static float[] DecodeArc(JsonElement arc, float quantum)
    {
        var points = new float[arc.GetArrayLength()];
        long x = 0, y = 0;
        var i = 0;
        foreach (var value in arc.EnumerateArray())
        {
            if (i % 2 == 0)
            {
                x += value.GetInt64();
                points[i] = x * quantum;
            }
            else
            {
                y += value.GetInt64();
                points[i] = y * quantum;
            }
            i++;
        }
        return points;
    }

    private static GeoFeature ReadFeature(JsonElement feature, float quantum)
    {
        var label = feature.GetProperty("label");
        var polygons = feature.GetProperty("polygons").EnumerateArray()
            .Select(p => (IReadOnlyList<int[]>)p.EnumerateArray().Select(r => r.EnumerateArray().Select(a => a.GetInt32()).ToArray()).ToArray())
            .ToArray();
        return new GeoFeature(
            feature.GetProperty("code").GetString() ?? "",
            feature.GetProperty("name").GetString() ?? "",
            feature.GetProperty("region").GetString() ?? "",
            feature.GetProperty("frame").GetString() ?? GeoFeature.Metropolitan,
            new SKPoint(label[0].GetSingle() * quantum, label[1].GetSingle() * quantum),
            polygons);
    }
}
