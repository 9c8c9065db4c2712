using Warehouse.Core.Dimensions;

namespace Warehouse.Sample;

/// <summary>The years and territories a scale publishes.</summary>
internal sealed class SampleScope
{
    /// <summary>Régions whose départements the small scale keeps (besides the DROM): Ile-de-France, Auvergne-Rhône-Alpes, Corse (2A/2B).</summary>
    private static readonly string[] SmallScaleRegions = ["11", "84", "94"];

    public SampleScope(SampleScale scale, TerritoryModel territories, IReadOnlyList<int> knownYears)
    {
        Scale = scale;
        var first = scale == SampleScale.Small ? 2019 : 2010;
        Years = Enumerable.Range(first, 2024 - first + 1).ToArray();
        if (Years.Any(y => !knownYears.Contains(y)))
        {
            throw new InvalidOperationException("dim_year does not cover the sample years.");
        }
        Territories = Enumerable.Range(0, territories.Count).Where(t => IsPublished(territories.Members[t])).ToArray();
    }

    public SampleScale Scale { get; }

    public IReadOnlyList<int> Years { get; }

    /// <summary>Positions of the published territories, in dimension order: France, the 18 régions, then départements.</summary>
    public IReadOnlyList<int> Territories { get; }

    private bool IsPublished(TerritoryMember territory) =>
        Scale == SampleScale.Full || !territory.IsDepartement || territory.IsDrom || SmallScaleRegions.Contains(territory.RegionCode);
}
