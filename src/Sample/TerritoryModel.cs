using Warehouse.Core.Dimensions;

namespace Warehouse.Sample;

/// <summary>
/// The 120 territories of dim_territory by position (national, régions, départements), how they nest, and a
/// deterministic synthetic population per département (France ≈ 68 M in 2024; regional and national populations are sums).
/// </summary>
internal sealed class TerritoryModel
{
    private const double MetropolitanPopulation2024 = 65.8e6;
    private const double DromMeanPopulation = 0.44e6;

    private readonly int[] _regionOf;
    private readonly int[] _sameCellAs;
    private readonly double[] _population2024;
    private readonly double[] _populationGrowth;
    private readonly SampleHash _hash;

    public TerritoryModel(IReadOnlyList<TerritoryMember> members, SampleHash hash)
    {
        Members = members;
        _hash = hash;
        National = IndexWhere(members, m => m.IsCountry).Single();
        Departements = IndexWhere(members, m => m.IsDepartement).ToArray();
        var indexOfKey = members.Select((m, i) => (m.Key, i)).ToDictionary(x => x.Key, x => x.i);
        _regionOf = members.Select(m => m.IsDepartement && m.ParentKey is { } p ? indexOfKey[p] : -1).ToArray();
        if (Departements.Any(d => _regionOf[d] < 0 || !members[_regionOf[d]].IsRegion))
        {
            throw new InvalidOperationException("dim_territory: every département must have its région as parent.");
        }

        // The regional total of a one-département région (the DROM) is published equal to its département row.
        _sameCellAs = Enumerable.Range(0, members.Count).ToArray();
        foreach (var region in Departements.GroupBy(d => _regionOf[d]).Where(g => g.Count() == 1))
        {
            _sameCellAs[region.Key] = region.Single();
        }

        _population2024 = new double[members.Count];
        _populationGrowth = new double[members.Count];
        foreach (var d in Departements)
        {
            _population2024[d] = members[d].IsDrom
                ? DromMeanPopulation * hash.Factor(0.4, NoiseStream.Population, d)
                : hash.Factor(0.6, NoiseStream.Population, d);
            _populationGrowth[d] = 0.003 + 0.004 * hash.Normal(NoiseStream.PopulationGrowth, d);
        }
        var metropolitan = Departements.Where(d => !members[d].IsDrom).Sum(d => _population2024[d]);
        foreach (var d in Departements.Where(d => !members[d].IsDrom))
        {
            _population2024[d] *= MetropolitanPopulation2024 / metropolitan;
        }
    }

    public IReadOnlyList<TerritoryMember> Members { get; }

    public int Count => Members.Count;

    public int National { get; }

    public IReadOnlyList<int> Departements { get; }

    /// <summary>
    /// The territory whose published cell this one repeats: the département for the total of a région that has only one
    /// (the DROM), else itself. Per-cell draws (secrecy) use it, so both rows stay equal.
    /// </summary>
    public int SameCellAs(int territory) => _sameCellAs[territory];

    /// <summary>The région a département belongs to (position of its regional-total row).</summary>
    public int RegionOf(int departement) => _regionOf[departement];

    /// <summary>The synthetic population of a département in a year.</summary>
    public double Population(int departement, int year) => _population2024[departement] * Math.Pow(1 + _populationGrowth[departement], year - 2024);

    /// <summary>The reference population of each territory in a year for a density base; régions and France are sums of départements.</summary>
    public double[] Denominators(int year, DensityBase density)
    {
        var result = new double[Count];
        foreach (var d in Departements)
        {
            var value = Population(d, year) * Share(d, density);
            result[d] += value;
            result[_regionOf[d]] += value;
            result[National] += value;
        }
        return result;
    }

    private double Share(int departement, DensityBase density)
    {
        var drom = Members[departement].IsDrom;
        var jitter = 1 + 0.04 * _hash.Normal(NoiseStream.DenominatorShare, departement, (int)density);
        return density switch
        {
            DensityBase.Women => 0.516,
            DensityBase.Children => (drom ? 0.27 : 0.18) * jitter,
            DensityBase.WomenOfChildbearingAge => (drom ? 0.25 : 0.22) * jitter,
            _ => 1.0,
        };
    }

    private static IEnumerable<int> IndexWhere(IReadOnlyList<TerritoryMember> members, Func<TerritoryMember, bool> predicate) =>
        Enumerable.Range(0, members.Count).Where(i => predicate(members[i]));
}
