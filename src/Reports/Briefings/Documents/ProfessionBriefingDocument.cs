using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>The profession briefing (shared/design/BRIEFINGS.md): France map and rankings, trends, structure, activity, method.</summary>
public static class ProfessionBriefingDocument
{
    public static PdfReport Compose(ProfessionBriefingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var title = $"{model.ProfessionLabel} libéraux — {model.Year}";
        var report = new PdfReport(new ReportInfo(title, "France")
        {
            Subject = $"Briefing profession {model.ProfessionLabel}, {model.Year}",
            Synthetic = model.Stamp.IsSynthetic,
            CreatedAt = model.Stamp.GeneratedAt,
        });
        report.Add(new TitleBlock(title,
        [
            $"France entière · groupe : {model.ProfessionGroup}",
            $"Données {model.Year} · publication : {string.Join(", ", model.Stamp.Releases.Select(r => r.Label).Distinct())}",
            "Source : Cnam, data.ameli.fr",
        ])
        { Notice = model.Stamp.IsSynthetic ? ReportInfo.SyntheticMark : null });
        report.Add(new KpiGrid([.. model.Kpis.Select(Tile)], columns: 3)).Add(new Spacer(6));
        report.Add(new Row(
        [
            new RowCell(new MapBlock(MapScope.France, model.Map.Values.ToDictionary(v => v.DepartementCode, v => v.Value.Value), 300f)
            {
                Title = model.Map.Title,
                LegendTitle = model.Map.Unit,
            }, 1.6f),
            new RowCell(Ranking(model.Highest, model.Lowest), 1f),
        ]));
        report.TableOfContents();

        report.Section("Évolutions", newPage: true);
        report.Add(Charts.Line($"Effectif national depuis {model.FirstYear}", model.NationalHeadcount.Years,
            [ChartSeries.Territory("Effectif", model.NationalHeadcount.Values)], "praticiens", 130f));
        report.Add(new ChartGrid($"Effectifs par région (indice {model.FirstYear} = 100)",
            [.. model.Regions.Select(r => new ChartPanel(r.Profession, Charts.LinePlot(r.Series[0].Years,
                [ChartSeries.Territory(r.Series[0].Name, r.Series[0].Values), ChartSeries.France("France", r.Series[1].Values)], null)))], columns: 4, panelHeight: 95f)
        {
            Legend = [ChartSeries.Territory("Région", []).ToLegend(LegendSymbol.Line), ChartSeries.France("France", []).ToLegend(LegendSymbol.Line)],
        });

        report.Section("Structure", newPage: true);
        report.Add(Charts.GroupedBars($"Pyramide des âges en {model.Year} (effectifs)", [.. model.Pyramid.Select(b => ShortLabels.AgeBand(b.AgeBand))],
            [
                new ChartSeries("Femmes", [.. model.Pyramid.Select(b => b.Women.Value)], Typography.Accent),
                new ChartSeries("Hommes", [.. model.Pyramid.Select(b => b.Men.Value)], Typography.ContextDark),
            ], "praticiens"));
        AddBreakdown(report, "Effectifs par secteur conventionnel", model.Sectors);
        AddBreakdown(report, "Effectifs par mode d'exercice", model.PracticeTypes);

        report.Section("Activité", newPage: true);
        report.Add(Charts.Line("Honoraires moyens par praticien (€)", [.. model.Fees.Select(f => f.Year)],
            [
                ChartSeries.Territory("Sans dépassement", [.. model.Fees.Select(f => f.TariffMean.Value)]),
                ChartSeries.Region("Dépassements", [.. model.Fees.Select(f => f.ExtraMean.Value)]),
            ], "€ par praticien", 130f));
        if (model.Prescriptions.Any(p => p.Here.HasValue))
        {
            report.Add(Charts.GroupedBars($"Prescriptions par praticien en {model.Year}, par poste (€)", [.. model.Prescriptions.Select(p => ShortLabels.TwoLines(p.Post))],
                [ChartSeries.Territory("France", [.. model.Prescriptions.Select(p => p.Here.Value)])], "€ par praticien", 130f));
        }
        if (model.Patients.Any(s => s.Values.Any(v => v is not null)))
        {
            report.Add(Charts.Line("Patients par praticien", model.Patients[0].Years,
                [ChartSeries.Territory(model.Patients[0].Name, model.Patients[0].Values), ChartSeries.Region(model.Patients[1].Name, model.Patients[1].Values)], "patients", 120f));
        }
        MethodSection.AddTo(report, model.Stamp);
        return report;
    }

    private static KpiTile Tile(KpiValue kpi) => new(kpi.Label, kpi.Unit switch
    {
        "%" => MeasureText.Percent(kpi.Value),
        "praticiens" => MeasureText.Count(kpi.Value),
        _ => MeasureText.Density(kpi.Value),
    })
    {
        Trend = TrendArrows.FromChange(kpi.ChangeFiveYears.Value),
        TrendText = kpi.ChangeFiveYears.Value is { } change ? $"{FrenchFormat.SignedPercent(change)} en 1 an" : null,
    };

    private static DataTable Ranking(IReadOnlyList<RankedTerritory> highest, IReadOnlyList<RankedTerritory> lowest)
    {
        var table = new DataTable([new TableColumn("Rang", 0.5f), new TableColumn("Département", 2.6f, TextAlignment.Left), new TableColumn("Densité", 1f)]);
        foreach (var (title, rows) in new[] { ("Densités les plus élevées", highest), ("Densités les plus faibles", lowest) })
        {
            table.AddGroup(title);
            foreach (var row in rows)
            {
                table.AddRow(FrenchFormat.Whole(row.Rank), $"{row.Label} ({row.Code})", FrenchFormat.OneDecimal(row.Value));
            }
        }
        return table;
    }

    private static void AddBreakdown(PdfReport report, string title, IReadOnlyList<SectorYear> years)
    {
        var names = years.SelectMany(y => y.BySector.Where(s => s.Value.HasValue).Select(s => s.Key)).Distinct().ToList();
        if (names.Count == 0)
        {
            return;
        }
        SkiaSharp.SKColor[] colours = [Typography.Accent, new(0x6B, 0xAE, 0xD6), new(0xC6, 0xDB, 0xEF), Typography.ContextDark, Typography.ContextLight];
        report.Add(Charts.StackedBars(title, [.. years.Select(y => FrenchFormat.Year(y.Year))],
            [.. names.Select((name, i) => new ChartSeries(name, [.. years.Select(y => y.BySector[name].Value)], colours[i % colours.Length]))], "praticiens", 150f));
    }
}
