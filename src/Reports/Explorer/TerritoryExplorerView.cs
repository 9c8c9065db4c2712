using Warehouse.Reports.Briefings;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Explorer;

/// <summary>
/// The territory page, made from the territory briefing's own model (TerritoryBriefingBuilder), so every figure on the page is
/// the PDF's: KPI tiles against région and France, the table by profession and the headcount trends since the first year.
/// </summary>
public static class TerritoryExplorerView
{
    /// <summary>The table by profession: headcount, changes, densities here / région / France, shares of 60+ and of women.</summary>
    public static ExplorerTable Professions(TerritoryBriefingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var withRegion = model.Compare.RegionName is not null;
        var headers = new List<string> { "Profession", $"Effectif {model.Year}", "Évolution sur 1 an (%)", $"Évolution depuis {(model.ChangeBaseYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–")} (%)", "Densité" };
        if (withRegion)
        {
            headers.Add("Densité " + model.Compare.RegionName);
        }
        if (model.Compare.WithFrance)
        {
            headers.Add("Densité France");
        }
        headers.AddRange(["Base de la densité (pour 100 000)", "Part des 60 ans et plus (%)", "Part des femmes (%)"]);
        var rows = model.Professions.Select(p =>
        {
            var cells = new List<ExplorerCell>
            {
                ExplorerCell.Of(p.IsAggregate || p.Level != "profession" ? p.Label : "  " + p.Label),
                ExplorerCell.Of(p.Headcount, 0), ExplorerCell.Of(p.HeadcountChangeOneYear.Value, 0), ExplorerCell.Of(p.HeadcountChange.Value, 0),
                ExplorerCell.Of(p.Density, 1),
            };
            if (withRegion)
            {
                cells.Add(ExplorerCell.Of(p.DensityRegion, 1));
            }
            if (model.Compare.WithFrance)
            {
                cells.Add(ExplorerCell.Of(p.DensityFrance, 1));
            }
            cells.AddRange([ExplorerCell.Of(p.DensityBase), ExplorerCell.Of(p.Share60Plus, 0), ExplorerCell.Of(p.ShareWomen, 0)]);
            return (IReadOnlyList<ExplorerCell>)cells;
        }).ToList();
        return new ExplorerTable($"{model.TerritoryLabel} — professions, {model.Year}", headers, rows, [$"Données : {model.Stamp.ReleaseText}"]);
    }

    /// <summary>The briefing's trend panels as evolutions (headcount index, first year = 100).</summary>
    public static IReadOnlyList<Evolution> Trends(TerritoryBriefingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.Trends.Select(panel => new Evolution(panel.Profession, "indice", 1, model.Years,
            [.. panel.Series.Select(s => new EvolutionSeries(s.Name, s.Name, [.. s.Values.Select(v => v is { } x ? new Measure(x, null) : Measure.Missing)]))],
            Indexed: true))];
    }
}
