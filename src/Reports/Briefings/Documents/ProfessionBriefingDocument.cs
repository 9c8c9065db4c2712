using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>The profession briefing (docs/briefings.md): France map and rankings, trends, structure, activity, method.</summary>
public static class ProfessionBriefingDocument
{
    public static PdfReport Compose(ProfessionBriefingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var title = $"{model.ProfessionLabel} {Liberal(model.ProfessionLabel)} — {model.Year}";
        var report = new PdfReport(new ReportInfo(title, "France")
        {
            Subject = $"Briefing profession {model.ProfessionLabel}, {model.Year}",
            Synthetic = model.Stamp.IsSynthetic,
            CreatedAt = model.Stamp.GeneratedAt,
            SourceLine = model.Stamp.SourceLine,
            RunningHeader = $"{model.ShortLabel} {Liberal(model.ProfessionLabel)}, {model.Year}",
        });
        report.Add(new TitleBlock(title,
        [
            $"France entière · groupe : {model.ProfessionGroup}",
            $"Données {model.Year} · {model.Stamp.ReleaseText}",
            model.Stamp.SourceLine,
        ])
        { Notice = model.Stamp.IsSynthetic ? ReportInfo.SyntheticMark : null });
        report.Add(new KpiGrid([.. model.Kpis.Select(Tile)], columns: 3)).Add(new Spacer(6));
        report.Add(new Row(
        [
            new RowCell(new MapBlock(MapScope.France, model.Map.Values.ToDictionary(v => v.DepartementCode, v => v.Value.Value), 300f)
            {
                Title = model.Map.Title,
                LegendTitle = model.Map.Unit,
            Gaps = Marks.Gaps(model.Map.Values),
            }, 1.6f),
            new RowCell(Ranking(model.Highest, model.Lowest), 1f),
        ]));

        report.Section("Évolutions");
        var years = model.NationalHeadcount.Years;
        if (years.Count < 2)
        {
            report.Add(Marks.NotDrawn($"Effectif national et effectifs par région depuis {model.FirstYear}", Marks.OneYear(years)));
        }
        else
        {
            report.Add(Charts.Line($"Effectif national depuis {model.FirstYear}", years,
                [ChartSeries.Territory("Effectif", model.NationalHeadcount.Values)], "praticiens", 130f));
            var regional = model.Regions.Select(r => (ChartSeries[])[ChartSeries.Territory(r.Series[0].Name, r.Series[0].Values), ChartSeries.France("France", r.Series[1].Values)]).ToList();
            var limits = Charts.SharedLimits(regional.SelectMany(s => s));
            report.Add(new ChartGrid($"Effectifs par région (indice {model.FirstYear} = 100, même échelle pour chaque région)",
                [.. model.Regions.Select((r, i) => new ChartPanel(ShortLabels.Region(r.Profession), Charts.LinePlot(r.Series[0].Years, regional[i], null, limits, endYearsOnly: true)))], columns: 4, panelHeight: 95f)
            {
                Legend = [ChartSeries.Territory("Région", []).ToLegend(LegendSymbol.Line), ChartSeries.France("France", []).ToLegend(LegendSymbol.Line)],
            });
        }

        report.Section("Structure");
        var pyramidTitle = $"Pyramide des âges en {model.Year} (effectifs)";
        if (model.Pyramid.All(b => !b.Women.HasValue && !b.Men.HasValue))
        {
            report.Add(Marks.NotDrawn(pyramidTitle, Marks.NoValue("l'âge", model.Year)));
        }
        else
        {
            var pyramid = PyramidChart.Block(pyramidTitle, [.. model.Pyramid.Select(b => ShortLabels.AgeBand(b.AgeBand))],
                new ChartSeries("Femmes", [.. model.Pyramid.Select(b => b.Women.Value)], SexColours.Women),
                new ChartSeries("Hommes", [.. model.Pyramid.Select(b => b.Men.Value)], SexColours.Men), "praticiens");
            var gaps = model.Pyramid.SelectMany(b => new[] { ($"femmes {ShortLabels.AgeBand(b.AgeBand)}", b.Women), ($"hommes {ShortLabels.AgeBand(b.AgeBand)}", b.Men) })
                .Where(g => !g.Item2.HasValue).Select(g => $"{g.Item1} ({MeasureText.Count(g.Item2)})").ToList();
            if (gaps.Count > 0)
            {
                pyramid.Note = $"Sans barre : {string.Join(", ", gaps)}." + (pyramid.Note is null ? "" : " " + pyramid.Note);
            }
            report.Add(pyramid);
        }
        AddBreakdown(report, "Effectifs par secteur conventionnel", model.Sectors);
        AddBreakdown(report, "Effectifs par mode d'exercice", model.PracticeTypes);

        report.Section("Activité");
        var feesTitle = "Honoraires moyens par praticien (€)";
        if (model.Fees.All(f => !f.TariffMean.HasValue && !f.ExtraMean.HasValue))
        {
            report.Add(Marks.NotDrawn(feesTitle, Marks.NoValue("honoraires", model.Year)));
        }
        else if (model.Fees.Count(f => f.TariffMean.HasValue) < 2)
        {
            report.Add(Marks.NotDrawn(feesTitle, Marks.OneYear([.. model.Fees.Where(f => f.TariffMean.HasValue).Select(f => f.Year)])));
        }
        else
        {
            // Two charts, each on its own scale: dépassements are a small fraction of fees and would lie flat on the fees' axis.
            int[] feeYears = [.. model.Fees.Select(f => f.Year)];
            report.Add(new Row(
            [
                new RowCell(Charts.Line("Honoraires moyens sans dépassement (€ par praticien)", feeYears,
                    [ChartSeries.Territory("France", [.. model.Fees.Select(f => f.TariffMean.Value)])], "€ par praticien", 120f), 1f),
                new RowCell(Charts.Line("Dépassements moyens (€ par praticien)", feeYears,
                    [new ChartSeries("France", [.. model.Fees.Select(f => f.ExtraMean.Value)], SectorColours.Of("non conventionnés"), false, 2f)], "€ par praticien", 120f), 1f),
            ]));
        }
        if (model.Prescriptions.Any(p => p.Here.HasValue))
        {
            report.Add(Charts.GroupedBars($"Prescriptions par praticien en {model.Year}, par poste (€)", [.. model.Prescriptions.Select(p => ShortLabels.TwoLines(p.Post))],
                [ChartSeries.Territory("France", [.. model.Prescriptions.Select(p => p.Here.Value)])], "€ par praticien", 130f));
        }
        else
        {
            report.Add(Marks.NotDrawn("Prescriptions par praticien", Marks.NoValue("prescriptions de cette profession", model.Year)));
        }
        if (model.Patients.All(s => s.Values.All(v => v is null)))
        {
            report.Add(Marks.NotDrawn("Patients par praticien", Marks.NoValue("patientèle", model.Year)));
        }
        else if (model.Patients[0].Values.Count(v => v is not null) < 2)
        {
            report.Add(Marks.NotDrawn("Patients par praticien", Marks.OneYear([.. model.Patients[0].Years.Where((_, i) => model.Patients[0].Values[i] is not null)])));
        }
        else
        {
            report.Add(Charts.Line("Patients par praticien", model.Patients[0].Years,
                [ChartSeries.Territory(model.Patients[0].Name, model.Patients[0].Values), ChartSeries.Region(model.Patients[1].Name, model.Patients[1].Values)], "patients", 120f));
        }
        MethodSection.AddTo(report, model.Stamp);
        return report;
    }

    /// <summary>The adjective agrees with the profession: "Sages-femmes libérales", "Infirmiers libéraux".</summary>
    internal static string Liberal(string profession) => profession.StartsWith("Sages-femmes", StringComparison.Ordinal) ? "libérales" : "libéraux";

    private static KpiTile Tile(KpiValue kpi) => new(kpi.Label, kpi.Unit switch
    {
        "%" => MeasureText.Percent(kpi.Value),
        "±%" => MeasureText.Change(kpi.Value),
        "praticiens" => MeasureText.Count(kpi.Value),
        _ => MeasureText.Density(kpi.Value),
    })
    {
        Trend = TrendArrows.FromChange(kpi.Unit == "±%" ? kpi.Value.Value : kpi.Change.Value.Value),
        TrendText = TerritoryBriefingDocument.ChangeText(kpi.Change),
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
            report.Add(Marks.NotDrawn(title, "aucune valeur chargée pour cette profession."));
            return;
        }
        report.Add(Charts.StackedBars(title, [.. years.Select(y => FrenchFormat.Year(y.Year))],
            [.. names.Select(name => new ChartSeries(name, [.. years.Select(y => y.BySector[name].Value)], SectorColours.Of(name)))], "praticiens", 150f));
    }
}
