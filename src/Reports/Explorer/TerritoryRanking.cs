using Warehouse.Core.Dimensions;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Explorer;

/// <summary>
/// The territories of one level (optionally the départements of one région) with their value of an indicator in one year,
/// ranked, and the references they are read against: France, and the région when the ranking is within one.
/// </summary>
public sealed record TerritoryRanking(
    ExplorerIndicator Indicator, ProfessionMember Profession, CodedMember? Post, int Year, string Level, TerritoryMember? Region,
    IReadOnlyList<RankedTerritory> Territories, Measure France, Measure RegionValue)
{
    /// <summary>"Densité (pour 100 000 hab.) — Médecins généralistes, 2024".</summary>
    public string Title => $"{Indicator.Label}{(Post is null ? "" : " — " + Post.ShortLabel)} — {Profession.ShortLabel}, {Year}";

    public string Unit => Indicator.Unit(Profession);

    /// <summary>Territories with a published value, hence a rank: the "sur N" of every tooltip.</summary>
    public int RankedCount { get; } = Territories.Count(t => t.Rank is not null);

    public static TerritoryRanking Build(ExplorerContext context, ExplorerIndicator indicator, ProfessionMember profession, CodedMember? post,
        int year, string level, TerritoryMember? region, IReadOnlyList<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(values);
        var byTerritory = values.Where(v => v.Year == year).ToDictionary(v => v.TerritoryKey, v => v.Value);
        Measure ValueOf(int key) => byTerritory.TryGetValue(key, out var m) ? m : Measure.Missing;
        var dimensionLevel = ExplorerLevels.DimensionLevel(level);
        var members = context.Dimensions.Territories
            .Where(t => t.Level == dimensionLevel && (region is null || t.ParentKey == region.Key))
            .ToList();
        var published = members.Select(t => ValueOf(t.Key).Value).OfType<double>().ToList();
        var ranked = members.Select(t => ValueOf(t.Key) is { Value: { } v } m
                ? new RankedTerritory(t, m, 1 + published.Count(p => p > v))
                : new RankedTerritory(t, ValueOf(t.Key), null))
            .ToList();
        var france = context.Dimensions.Territories.First(t => t.IsCountry);
        return new TerritoryRanking(indicator, profession, post, year, ExplorerLevels.Normalise(level), region, ranked,
            ValueOf(france.Key), region is null ? Measure.Missing : ValueOf(region.Key));
    }
}
