using Warehouse.Reports.Briefings.Documents;
using Warehouse.Reports.Data;
using Warehouse.Reports.Extracts;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings;

/// <summary>
/// The territory briefing as printed, for its companion workbook: the KPI tiles, the table by profession and the series of
/// the trend charts, from the same model as the PDF, with the same comparisons left out (never a territory beside itself).
/// </summary>
internal static class BriefingCompanionTables
{
    private const string Decimal = "#,##0.0";
    private const string Whole = "#,##0";
    private const string Signed = "+0.0;-0.0;0.0";

    public static IReadOnlyList<PrintedTable> Of(TerritoryBriefingModel model) => [Indicators(model), Professions(model), Trends(model)];

    private static PrintedTable Indicators(TerritoryBriefingModel model)
    {
        var columns = new List<PrintedColumn> { new("Indicateur", Width: 52), new("Unité", Width: 24), new(model.TerritoryLabel, Decimal) };
        if (model.Compare.RegionName is { } region)
        {
            columns.Add(new PrintedColumn($"Région ({region})", Decimal, 18));
        }
        if (model.Compare.WithFrance)
        {
            columns.Add(new PrintedColumn("France", Decimal));
        }
        columns.AddRange([new("Évolution (%)", Signed), new("Évolution de", Width: 12), new("Depuis", Width: 8), new("Rangs", Width: 30)]);
        var rows = model.Kpis.Select(kpi =>
        {
            var row = new List<object?> { kpi.Label, kpi.Unit, Cell(kpi.Value) };
            if (model.Compare.RegionName is not null)
            {
                row.Add(Cell(kpi.Region));
            }
            if (model.Compare.WithFrance)
            {
                row.Add(kpi.Unit == "" ? null : Cell(kpi.France));
            }
            row.Add(kpi.Change.Measured.Length == 0 ? null : Cell(kpi.Change.Value));
            row.Add(kpi.Change.Measured.Length == 0 ? null : kpi.Change.Measured);
            row.Add(kpi.Change.BaseYear is { } since ? (long)since : null);
            row.Add(kpi.Ranks.Count == 0 ? null : string.Join(" · ", kpi.Ranks.Select(TerritoryBriefingDocument.RankText)));
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return new PrintedTable("Indicateurs", $"{model.TerritoryLabel} — indicateurs clés, {model.Year}", columns, rows,
        [
            "Chaque évolution est calculée sur la mesure de sa colonne « Évolution de » (la densité sous une densité), de l'année « Depuis » à l'année du briefing.",
            Marks,
        ]);
    }

    private static PrintedTable Professions(TerritoryBriefingModel model)
    {
        var columns = new List<PrintedColumn>
        {
            new("Profession", Width: 40), new("Effectif", Whole),
            new(model.PreviousYear is { } previous ? $"Évol. effectif depuis {previous} (%)" : "Évol. effectif 1 an (%)", Signed),
            new(model.ChangeBaseYear is { } since ? $"Évol. effectif depuis {since} (%)" : "Évol. effectif 5 ans (%)", Signed),
            new("Densité", Decimal), new("Densité pour 100 000", Width: 26),
        };
        if (model.Compare.RegionName is not null)
        {
            columns.Add(new PrintedColumn("Densité région", Decimal));
        }
        if (model.Compare.WithFrance)
        {
            columns.Add(new PrintedColumn("Densité France", Decimal));
        }
        columns.AddRange([new("60 ans et plus (%)", Decimal), new("Femmes (%)", Decimal), new($"Moins de {TerritoryBriefingBuilder.FewPractitionersBelow} praticiens", Width: 12)]);
        var rows = model.Professions.Select(line =>
        {
            var row = new List<object?>
            {
                line.Label, Cell(line.Headcount), Cell(line.HeadcountChangeOneYear.Value), Cell(line.HeadcountChange.Value), Cell(line.Density), line.DensityBase,
            };
            if (model.Compare.RegionName is not null)
            {
                row.Add(Cell(line.DensityRegion));
            }
            if (model.Compare.WithFrance)
            {
                row.Add(Cell(line.DensityFrance));
            }
            row.AddRange([Cell(line.Share60Plus), Cell(line.ShareWomen), line.FewPractitioners ? "oui" : null]);
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return new PrintedTable("Professions", $"{model.TerritoryLabel} — effectifs et densités par profession, {model.Year}", columns, rows,
        [
            "Évol. : variation de l'effectif (pas de la densité) entre l'année nommée et l'année du briefing.",
            $"Moins de {TerritoryBriefingBuilder.FewPractitionersBelow} praticiens l'année du briefing ou l'année de base : évolution fragile, à lire avec prudence.",
            Marks,
        ]);
    }

    private static PrintedTable Trends(TerritoryBriefingModel model)
    {
        var years = model.Trends.SelectMany(p => p.Series).SelectMany(s => s.Years).Distinct().Order().ToList();
        var columns = new List<PrintedColumn> { new("Profession", Width: 36), new("Territoire", Width: 30) };
        columns.AddRange(years.Select(y => new PrintedColumn(FrenchFormat.Year(y), Decimal, 9)));
        var rows = model.Trends.SelectMany(panel => panel.Series.Select(series =>
        {
            var row = new List<object?> { panel.Profession, series.Name };
            row.AddRange(years.Select(y => series.Years.ToList().IndexOf(y) is var i and >= 0 ? (object?)series.Values[i] : null));
            return (IReadOnlyList<object?>)row;
        })).ToList();
        return new PrintedTable("Tendances", $"{model.TerritoryLabel} — indice des effectifs (première année = 100), {model.FirstYear}–{model.Year}", columns, rows,
        [
            "Les séries des petits graphiques « Évolution des effectifs » : l'effectif de chaque année rapporté à celui de la première année chargée (= 100).",
            "Une case vide : pas de valeur publiée cette année-là (secret, non concerné ou absent).",
        ]);
    }

    /// <summary>The value, or the mark the briefing prints in its place.</summary>
    private static object Cell(Measure measure) => measure.Value is { } value ? value : MeasureText.Of(measure, _ => "");

    private const string Marks = "s : secret statistique (valeur masquée par la Cnam) ; – : non concerné ; nd : non disponible (absent de la publication ou de l'entrepôt).";
}
