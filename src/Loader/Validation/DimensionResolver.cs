using Warehouse.Core.Dimensions;
using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Validation;

/// <summary>Resolves published labels and codes to dimension keys, by exact match or a checked alias (docs/data-format.md §4–§5).</summary>
public sealed class DimensionResolver
{
    private readonly Utf8Lookup<int> _professions;
    private readonly Dictionary<CodedDimension, Utf8Lookup<int>> _coded;
    private readonly Utf8Lookup<TerritoryMember> _territories;
    private readonly Utf8Lookup<string> _regionCodes;
    private readonly Utf8Lookup<string> _departementRegion;
    private readonly Dictionary<(CodedDimension, int), string> _codedLabels;

    public DimensionResolver(ReferenceDimensions dimensions, CodeBook codes)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(codes);
        Codes = codes;
        Years = [.. dimensions.Years];
        _professions = Lookup(dimensions.Professions.Select(p => (p.Label, p.Key)), dimensions, "profession");
        _coded = new Dictionary<CodedDimension, Utf8Lookup<int>>
        {
            [CodedDimension.AgeBand] = Lookup(dimensions.AgeBands.Select(m => (m.Label, m.Key)), dimensions, "age_band"),
            [CodedDimension.Sex] = Lookup(dimensions.Sexes.Select(m => (m.Label, m.Key)), dimensions, "sex"),
            [CodedDimension.Sector] = Lookup(dimensions.Sectors.Select(m => (m.Label, m.Key)), dimensions, "sector"),
            [CodedDimension.PracticeType] = Lookup(dimensions.PracticeTypes.Select(m => (m.Label, m.Key)), dimensions, "practice_type"),
            [CodedDimension.PrescriptionPost] = Lookup(dimensions.PrescriptionPosts.Select(m => (m.Label, m.Key)), dimensions, "prescription_post"),
        };
        _codedLabels = new[]
            {
                (CodedDimension.AgeBand, dimensions.AgeBands),
                (CodedDimension.Sex, dimensions.Sexes),
                (CodedDimension.Sector, dimensions.Sectors),
                (CodedDimension.PracticeType, dimensions.PracticeTypes),
                (CodedDimension.PrescriptionPost, dimensions.PrescriptionPosts),
            }
            .SelectMany(d => d.Item2.Select(m => ((d.Item1, m.Key), m.Label)))
            .ToDictionary(p => p.Item1, p => p.Label);
        _territories = new Utf8Lookup<TerritoryMember>(dimensions.Territories.Select(t => KeyValuePair.Create(TerritoryKey(t.RegionCode, t.DepartementCode), t)));
        _regionCodes = new Utf8Lookup<string>(dimensions.Territories.Where(t => !t.IsDepartement).Select(t => KeyValuePair.Create(t.RegionCode, t.RegionCode)));
        _departementRegion = new Utf8Lookup<string>(dimensions.Territories.Where(t => t.IsDepartement).Select(t => KeyValuePair.Create(t.DepartementCode, t.RegionCode)));
    }

    public HashSet<int> Years { get; }

    /// <summary>The codes learned from earlier publications; a published file adds its pairs once it is loaded.</summary>
    public CodeBook Codes { get; }

    public LookupResult Profession(ReadOnlySpan<byte> label, out int key) => _professions.TryGet(label, out key);

    public LookupResult Coded(CodedDimension dimension, ReadOnlySpan<byte> label, out int key) => _coded[dimension].TryGet(label, out key);

    /// <summary>A new checker of the (code, label) pairs of one file.</summary>
    public CodePairing NewPairing() => new(Codes, (dimension, key) => _codedLabels[(dimension, key)]);

    /// <summary>
    /// The territory of a (region, departement) pair, or the column at fault and why (docs/data-format.md §4). A territory is
    /// identified by the pair: 999 alone is a regional total or the national row depending on the région.
    /// </summary>
    public TerritoryMember? Territory(ReadOnlySpan<byte> region, ReadOnlySpan<byte> departement, out string? faultColumn, out string? reason)
    {
        faultColumn = null;
        reason = null;
        switch (_regionCodes.TryGet(region, out _))
        {
            case LookupResult.InvalidUtf8:
                (faultColumn, reason) = ("region", "not valid UTF-8");
                return null;
            case LookupResult.Unknown:
                (faultColumn, reason) = ("region", "unknown région code (not one of the 18 régions or 99)");
                return null;
        }
        Span<byte> key = stackalloc byte[region.Length + departement.Length + 1];
        region.CopyTo(key);
        key[region.Length] = (byte)'|';
        departement.CopyTo(key[(region.Length + 1)..]);
        if (_territories.TryGet(key, out var territory) == LookupResult.Found)
        {
            return territory;
        }
        faultColumn = "departement";
        if (departement.SequenceEqual("999"u8))
        {
            reason = "unknown territory";
        }
        else if (region.SequenceEqual("99"u8))
        {
            reason = "a national row (région 99) must have département 999";
        }
        else if (_departementRegion.TryGet(departement, out var actualRegion) == LookupResult.Found)
        {
            reason = $"this département belongs to région {actualRegion}, not {System.Text.Encoding.UTF8.GetString(region)}";
        }
        else
        {
            reason = "unknown département code (not one of the 101 départements or 999)";
        }
        return null;
    }

    private static string TerritoryKey(string region, string departement) => region + "|" + departement;

    private static Utf8Lookup<int> Lookup(IEnumerable<(string Label, int Key)> members, ReferenceDimensions dimensions, string dimension) =>
        new(members.Select(m => KeyValuePair.Create(m.Label, m.Key))
            .Concat(dimensions.Aliases.Where(a => a.Dimension == dimension).Select(a => KeyValuePair.Create(a.ObservedLabel, a.CanonicalKey))));
}
