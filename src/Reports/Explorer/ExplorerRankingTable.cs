using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Explorer;

/// <summary>The table of a map or a ranking: code, territory, value, rank; in rank order or in code order.</summary>
public static class ExplorerRankingTable
{
    public static ExplorerTable Of(TerritoryRanking ranking, bool byRank)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var rows = (byRank
                ? ranking.Territories.OrderBy(t => t.Rank ?? int.MaxValue).ThenByDescending(t => t.Value.IsSecret)
                : ranking.Territories.AsEnumerable())
            .Select(t => (IReadOnlyList<ExplorerCell>)[ExplorerCell.Of(t.Code), ExplorerCell.Of(t.Label), ExplorerCell.Of(t.Value, ranking.Indicator.Decimals), ExplorerCell.Of(t.Rank)])
            .ToList();
        var notes = new List<string> { $"France : {ExplorerCell.Of(ranking.France, ranking.Indicator.Decimals).Display} {ranking.Unit}" };
        if (ranking.Region is { } region)
        {
            notes.Add($"{region.Label} : {ExplorerCell.Of(ranking.RegionValue, ranking.Indicator.Decimals).Display} {ranking.Unit}");
        }
        notes.Add($"Rang : 1 = valeur la plus élevée parmi les {ranking.RankedCount} territoires ayant une valeur publiée.");
        return new ExplorerTable(ranking.Title, ["Code", "Territoire", $"{ranking.Indicator.Label} ({ranking.Unit})", "Rang"], rows, notes);
    }

    /// <summary>The tooltip of a territory: "Isère : 123,4 pour 100 000 hab. — rang 12 sur 101".</summary>
    public static string Tooltip(TerritoryRanking ranking, RankedTerritory territory)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(territory);
        var value = territory.Value;
        return value.Value is { } v
            ? $"{territory.Label} : {FrenchFormat.Number(v, ranking.Indicator.Decimals)} {ranking.Unit} — rang {territory.Rank} sur {ranking.RankedCount}"
            : value.IsSecret ? $"{territory.Label} : {CellText.SecretNote}"
            : value.IsNotApplicable ? $"{territory.Label} : {CellText.NotApplicableNote}"
            : $"{territory.Label} : non disponible";
    }
}
