using Warehouse.Core.Engines;
using Warehouse.Reports.Catalogue;
using Warehouse.Reports.Data;
using Warehouse.Reports.Explorer;

namespace Warehouse.Scheduler.Web.Explorer;

/// <summary>A ranking (map or bars) as a page shows it, with what the page needs around it.</summary>
public sealed record RankingPage(ExplorerContext Context, ExplorerQuery Query, TerritoryRanking Ranking, ExplorerTable Table, string ReleaseText);

/// <summary>An evolution as a page shows it.</summary>
public sealed record EvolutionPage(ExplorerContext Context, ExplorerQuery Query, Evolution Evolution, ExplorerTable Table, string ReleaseText);

/// <summary>Reads the explorer's views from the warehouse: one connection per view, only db/queries/explorer and the report queries.</summary>
public sealed class ExplorerService(IWarehouseEngine engine)
{
    public async Task<RankingPage> RankingAsync(ExplorerQuery query, bool byRank, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await engine.OpenAsync(cancellationToken);
        var context = await ExplorerContext.LoadAsync(connection, cancellationToken);
        var indicator = ExplorerIndicators.Find(query.Indicator);
        var profession = context.Profession(query.Profession);
        var post = indicator.NeedsPost ? context.Post(query.Post) : null;
        var year = context.Year(query.Year);
        var region = query.Region is { } r && query.Level == ExplorerLevels.Departements
            ? context.Dimensions.Territories.FirstOrDefault(t => t.IsRegion && TerritoryParameter.Code(t).Equals(r, StringComparison.OrdinalIgnoreCase))
            : null;
        var values = await new ExplorerQueries(connection).ValuesAsync(indicator, profession.Key, post?.Key ?? 0, year, cancellationToken);
        var ranking = TerritoryRanking.Build(context, indicator, profession, post, year, query.Level, region, values);
        var normalised = query with { Profession = profession.Key, Post = post?.Key, Year = year, Region = region is null ? null : TerritoryParameter.Code(region) };
        return new RankingPage(context, normalised, ranking, ExplorerRankingTable.Of(ranking, byRank), context.ReleaseText(indicator));
    }

    public async Task<EvolutionPage> EvolutionAsync(ExplorerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await engine.OpenAsync(cancellationToken);
        var context = await ExplorerContext.LoadAsync(connection, cancellationToken);
        var indicator = ExplorerIndicators.Find(query.Indicator);
        var post = indicator.NeedsPost ? context.Post(query.Post) : null;
        var queries = new ExplorerQueries(connection);
        var territories = query.Territories
            .Select(code => Resolve(context, code))
            .OfType<Warehouse.Core.Dimensions.TerritoryMember>()
            .DistinctBy(t => t.Key)
            .ToList();
        if (territories.Count == 0)
        {
            territories.Add(context.Dimensions.Territories.First(t => t.IsCountry));
        }
        var years = context.Years;
        var series = new List<EvolutionSeries>();
        string subject;
        var byProfession = query.Professions.Count > 0;
        var unitProfession = context.Profession(byProfession ? query.Professions[0] : query.Profession);
        var byPost = indicator.NeedsPost && query.Posts.Count > 0;
        if (byPost)
        {
            var territory = territories[0];
            foreach (var member in query.Posts.Select(p => context.Post(p)).DistinctBy(p => p.Key))
            {
                var values = await queries.ValuesAsync(indicator, unitProfession.Key, member.Key, ExplorerQueries.AllYears, cancellationToken);
                series.Add(Series(member.ShortLabel, member.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), values, territory.Key, years, query.Indexed));
            }
            subject = $"{unitProfession.ShortLabel}, {(territory.IsCountry ? "France" : territory.Label)}, par poste";
            territories = [territory];
            post = null;
        }
        else if (byProfession)
        {
            var territory = territories[0];
            foreach (var profession in query.Professions.Select(p => context.Profession(p)).DistinctBy(p => p.Key))
            {
                var values = await queries.ValuesAsync(indicator, profession.Key, post?.Key ?? 0, ExplorerQueries.AllYears, cancellationToken);
                series.Add(Series(profession.ShortLabel, profession.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), values, territory.Key, years, query.Indexed));
            }
            subject = territory.IsCountry ? "France" : territory.Label;
            territories = [territory];
        }
        else
        {
            var values = await queries.ValuesAsync(indicator, unitProfession.Key, post?.Key ?? 0, ExplorerQueries.AllYears, cancellationToken);
            series.AddRange(territories.Select(t => Series(t.IsCountry ? "France" : t.Label, TerritoryParameter.Code(t), values, t.Key, years, query.Indexed)));
            subject = unitProfession.ShortLabel;
        }
        var title = $"{indicator.Label}{(post is null ? "" : " — " + post.ShortLabel)} — {subject}, {(years.Count == 0 ? "" : $"{years[0]}–{years[^1]}")}";
        var unit = byProfession && query.Professions.Count > 1 && indicator.Id == "densite" ? "pour 100 000 (base de chaque profession)" : indicator.Unit(unitProfession);
        var evolution = new Evolution(title, unit, indicator.Decimals, years, series, query.Indexed);
        var normalised = query with
        {
            Profession = unitProfession.Key,
            Post = post?.Key,
            Territories = [.. territories.Select(TerritoryParameter.Code)],
        };
        return new EvolutionPage(context, normalised, evolution, evolution.Table(), context.ReleaseText(indicator));
    }

    private static EvolutionSeries Series(string name, string code, IReadOnlyList<IndicatorValue> values, int territoryKey, IReadOnlyList<int> years, bool indexed)
    {
        var byYear = values.Where(v => v.TerritoryKey == territoryKey).ToDictionary(v => v.Year, v => v.Value);
        IReadOnlyList<Measure> measures = [.. years.Select(y => byYear.TryGetValue(y, out var m) ? m : Measure.Missing)];
        return new EvolutionSeries(name, code, indexed ? Evolution.Index(measures) : measures);
    }

    private static Warehouse.Core.Dimensions.TerritoryMember? Resolve(ExplorerContext context, string code)
    {
        try
        {
            return TerritoryParameter.Resolve(code, context.Dimensions);
        }
        catch (Warehouse.Core.WarehouseException e) when (e.IsUserError)
        {
            return null;
        }
    }
}
