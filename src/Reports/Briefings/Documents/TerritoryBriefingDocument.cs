using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>
/// The territory briefing, page by page (shared/design/BRIEFINGS.md): l'essentiel, par profession, évolutions, activité,
/// méthode. Pure layout: everything comes from the model.
/// </summary>
public static class TerritoryBriefingDocument
{
    public static PdfReport Compose(TerritoryBriefingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var title = $"{model.TerritoryLabel} — professionnels de santé libéraux, {model.Year}";
        var report = new PdfReport(new ReportInfo(title, model.TerritoryLabel)
        {
            Subject = $"Briefing territorial {model.TerritoryLabel} ({model.TerritoryCode}), {model.Year}",
            Synthetic = model.Stamp.IsSynthetic,
            CreatedAt = model.Stamp.GeneratedAt,
        });
        report.Add(new TitleBlock(title,
        [
            model.LevelDescription,
            $"Données {model.Year} · publication : {string.Join(", ", model.Stamp.Releases.Select(r => r.Label).Distinct())}",
            "Source : Cnam, data.ameli.fr",
        ])
        { Notice = model.Stamp.IsSynthetic ? ReportInfo.SyntheticMark : null });
        report.Add(new KpiGrid([.. model.Kpis.Select(Tile)], columns: 3)).Add(new Spacer(4));
        foreach (var sentence in model.Sentences)
        {
            report.Add(new TextBlock(sentence)).Add(new Spacer(2));
        }
        report.Add(new Spacer(4)).Add(new MapBlock(Scope(model), model.Map.Values.ToDictionary(v => v.DepartementCode, v => v.Value.Value), 215f)
        {
            Title = model.Map.Title,
            LegendTitle = model.Map.Unit,
            Highlight = model.Map.Highlight,
        });
        report.TableOfContents();

        report.Section("Par profession").Add(ProfessionTable(model));
        report.Add(new Footnotes([new Footnote(CellText.Secret, "secret statistique"), new Footnote(CellText.NotApplicable, "non concerné ou non publié")]));

        report.Section("Évolutions", newPage: true);
        TerritoryCharts.AddTrends(report, model);
        report.Section("Activité", newPage: true);
        TerritoryCharts.AddActivity(report, model);
        MethodSection.AddTo(report, model.Stamp);
        return report;
    }

    private static MapScope Scope(TerritoryBriefingModel model) => model.Map.WholeCountry
        ? MapScope.France
        : MapScope.Departements(model.Map.Values.Select(v => v.DepartementCode), model.LevelDescription);

    private static KpiTile Tile(KpiValue kpi)
    {
        var comparisons = new List<string>();
        if (kpi.Region.HasValue)
        {
            comparisons.Add($"Région : {Format(kpi, kpi.Region)}");
        }
        if (kpi.France.HasValue)
        {
            comparisons.Add($"France : {Format(kpi, kpi.France)}");
        }
        return new KpiTile(kpi.Label, Format(kpi, kpi.Value))
        {
            Comparisons = comparisons,
            Trend = TrendArrows.FromChange(kpi.ChangeFiveYears.Value),
            TrendText = kpi.ChangeFiveYears.Value is { } change ? $"{FrenchFormat.SignedPercent(change)} en 5 ans" : null,
        };
    }

    private static string Format(KpiValue kpi, Data.Measure measure) => kpi.Unit == "%" ? MeasureText.Percent(measure) : MeasureText.Density(measure);

    private static DataTable ProfessionTable(TerritoryBriefingModel model)
    {
        var table = new DataTable(
        [
            new TableColumn("Profession", 3.4f, TextAlignment.Left),
            new TableColumn("Effectif"), new TableColumn("Densité"), new TableColumn("Densité région"), new TableColumn("Densité France"),
            new TableColumn("Évol. 1 an"), new TableColumn("Évol. 5 ans"), new TableColumn("60 ans et +"), new TableColumn("Femmes"),
        ]);
        foreach (var line in model.Professions)
        {
            string[] cells =
            [
                line.Label, MeasureText.Count(line.Headcount), MeasureText.Density(line.Density), MeasureText.Density(line.DensityRegion),
                MeasureText.Density(line.DensityFrance), MeasureText.Change(line.ChangeOneYear), MeasureText.Change(line.ChangeFiveYears),
                MeasureText.Percent(line.Share60Plus), MeasureText.Percent(line.ShareWomen),
            ];
            table.AddRow(new TableRow(cells, line.IsAggregate ? TableRowKind.Aggregate : TableRowKind.Normal, line.Level == "profession" && line.ProfessionKey != KnownMembers.SagesFemmes ? 1 : 0));
        }
        return table;
    }
}
