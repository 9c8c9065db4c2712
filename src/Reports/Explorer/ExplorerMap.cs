using Warehouse.Reports.Maps;

namespace Warehouse.Reports.Explorer;

/// <summary>The explorer's choropleth: the ranking shaded on the France map (101 départements, or 18 régions), DROM as insets.</summary>
public static class ExplorerMap
{
    public static string Svg(TerritoryRanking ranking, Func<RankedTerritory, string?> linkOf)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(linkOf);
        var byShape = ranking.Territories.ToDictionary(t => t.ShapeCode, StringComparer.Ordinal);
        var values = byShape.ToDictionary(p => p.Key, p => p.Value.Value.Value, StringComparer.Ordinal);
        var gaps = byShape.Where(p => p.Value.Value.IsSecret || p.Value.Value.IsNotApplicable)
            .ToDictionary(p => p.Key, p => p.Value.Value.IsSecret ? MapGap.Secret : MapGap.NotApplicable, StringComparer.Ordinal);
        var regions = ranking.Level == ExplorerLevels.Regions;
        var options = new SvgMapOptions
        {
            ShapeOf = regions ? code => RegionOfDepartement.GetValueOrDefault(code, code) : code => code,
            TitleOf = shape => byShape.TryGetValue(shape, out var t) ? ExplorerRankingTable.Tooltip(ranking, t) : shape,
            LinkOf = shape => byShape.TryGetValue(shape, out var t) ? linkOf(t) : null,
            LegendTitle = $"{ranking.Indicator.Label} ({ranking.Unit})",
            Decimals = ranking.Indicator.Decimals,
            Title = "Carte : " + ranking.Title,
            WithParisZoom = !regions,
        };
        return SvgMapPainter.Render(MapScope.France, new Choropleth(byShape.Keys, values, gaps), options);
    }

    private static readonly Dictionary<string, string> RegionOfDepartement =
        GeoAtlas.Departements.Features.ToDictionary(f => f.Code, f => f.RegionCode, StringComparer.Ordinal);
}
