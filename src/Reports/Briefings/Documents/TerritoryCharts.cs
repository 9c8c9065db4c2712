using Warehouse.Reports.Data;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>
/// The chart pages of the territory briefing: trends (small multiples, ages) and activity (sectors, fees, prescriptions,
/// patients). A chart that the data cannot support (fewer than two years, nothing loaded) says so in words.
/// </summary>
internal static class TerritoryCharts
{
    public static void AddTrends(PdfReport report, TerritoryBriefingModel model)
    {
        var title = $"Effectifs depuis {model.FirstYear} (indice {model.FirstYear} = 100)";
        if (model.Years.Count < 2)
        {
            report.Add(Marks.NotDrawn(title, Marks.OneYear(model.Years)));
        }
        else if (model.Trends.All(p => p.Series.All(s => s.Values.All(v => v is null))))
        {
            report.Add(Marks.NotDrawn(title, "aucun effectif publié pour ces professions."));
        }
        else
        {
            var styled = model.Trends.Select(panel => panel.Series.Select(Styled).ToList()).ToList();
            var limits = Charts.SharedLimits(styled.SelectMany(s => s));
            var panels = model.Trends.Select((panel, i) => new ChartPanel(panel.Profession,
                Charts.LinePlot(panel.Series[0].Years, styled[i], $"indice {model.FirstYear} = 100", limits, endYearsOnly: true))).ToList();
            report.Add(new ChartGrid(title + ", même échelle pour chaque profession", panels)
            {
                // A series with no value in any panel (e.g. a région whose headcounts are all secret) is not in the legend.
                Legend = [.. styled[0].Where((_, i) => styled.Any(panel => i < panel.Count && panel[i].Values.Any(v => v is not null))).Select(s => s.ToLegend(LegendSymbol.Line))],
            });
        }
        report.Add(new Spacer(8));
        var ageTitle = $"Âge des médecins libéraux en {model.Year} (part de chaque tranche, %)";
        if (model.DoctorAges.All(a => !a.Here.HasValue && !a.France.HasValue))
        {
            report.Add(Marks.NotDrawn(ageTitle, Marks.NoValue("l'âge des médecins", model.Year)));
            return;
        }
        ChartSeries[] series = model.Compare.WithFrance
            ? [ChartSeries.Territory(model.TerritoryLabel, [.. model.DoctorAges.Select(a => a.Here.Value)]), ChartSeries.France("France", [.. model.DoctorAges.Select(a => a.France.Value)])]
            : [ChartSeries.Territory(model.TerritoryLabel, [.. model.DoctorAges.Select(a => a.Here.Value)])];
        var chart = Charts.GroupedBars(ageTitle, [.. model.DoctorAges.Select(a => ShortLabels.AgeBand(a.AgeBand))], series, "% des médecins");
        report.Add(WithGaps(chart, [
            .. model.DoctorAges.Select(a => (ShortLabels.AgeBand(a.AgeBand), a.Here)),
            .. model.Compare.WithFrance ? model.DoctorAges.Select(a => ($"France {ShortLabels.AgeBand(a.AgeBand)}", a.France)) : [],
        ]));
    }

    public static void AddActivity(PdfReport report, TerritoryBriefingModel model)
    {
        var sectorTitle = "Médecins libéraux par secteur conventionnel (effectifs)";
        var sectorNames = model.DoctorSectors.SelectMany(y => y.BySector.Where(s => s.Value.HasValue).Select(s => s.Key)).Distinct().ToList();
        if (sectorNames.Count > 0)
        {
            var chart = Charts.StackedBars(sectorTitle,
                [.. model.DoctorSectors.Select(y => FrenchFormat.Year(y.Year))],
                [.. sectorNames.Select(name => new ChartSeries(name, [.. model.DoctorSectors.Select(y => y.BySector[name].Value)], SectorColours.Of(name)))],
                "praticiens");
            // A secret sector in a year shortens its bar: say which, so the bar does not read as a fall.
            var gaps = model.DoctorSectors.Where(y => y.BySector.Values.Any(m => m.HasValue))
                .SelectMany(y => sectorNames.Where(n => !y.BySector[n].HasValue && (y.BySector[n].IsSecret || y.BySector[n].IsNotApplicable))
                    .Select(n => $"{n} {FrenchFormat.Year(y.Year)} ({MeasureText.Count(y.BySector[n])})")).ToList();
            if (gaps.Count > 0)
            {
                chart.Note = $"Absent des barres : {string.Join(", ", gaps)}." + (chart.Note is null ? "" : " " + chart.Note);
            }
            report.Add(chart);
        }
        else
        {
            report.Add(Marks.NotDrawn(sectorTitle, Marks.NoValue("secteur conventionnel", model.Year)));
        }
        report.Add(new Spacer(8));
        if (model.Fees.All(f => !f.TariffMean.HasValue && !f.ExtraShare.HasValue))
        {
            report.Add(Marks.NotDrawn($"Honoraires {model.Year}", Marks.NoValue("honoraires", model.Year)));
        }
        else
        {
            var here = model.Compare.WithFrance ? ", " + model.TerritoryLabel : "";
            var columns = new List<TableColumn> { new($"Honoraires {model.Year}", 2.6f, TextAlignment.Left), new($"Honoraires moyens sans dépassement{here}") };
            if (model.Compare.WithFrance)
            {
                columns.Add(new TableColumn("Honoraires moyens sans dépassement, France"));
            }
            columns.Add(new TableColumn($"Part des dépassements¹{here}"));
            if (model.Compare.WithFrance)
            {
                columns.Add(new TableColumn("Part des dépassements¹, France"));
            }
            var fees = new DataTable(columns);
            var printed = new List<string>();
            foreach (var fee in model.Fees)
            {
                string[] cells = model.Compare.WithFrance
                    ? [fee.Group, MeasureText.Euros(fee.TariffMean), MeasureText.Euros(fee.TariffMeanFrance), MeasureText.Percent(fee.ExtraShare), MeasureText.Percent(fee.ExtraShareFrance)]
                    : [fee.Group, MeasureText.Euros(fee.TariffMean), MeasureText.Percent(fee.ExtraShare)];
                printed.AddRange(cells);
                fees.AddRow(cells);
            }
            report.Add(fees);
            Marks.AddTo(report, printed, new Footnote("¹", "dépassements ÷ (honoraires sans dépassement + dépassements) de l'ensemble des praticiens du groupe."));
        }
        report.Add(new Spacer(8));
        var prescriptionTitle = $"Prescriptions par médecin généraliste en {model.Year}, par poste (€ par praticien)";
        if (model.GpPrescriptions.All(p => !p.Here.HasValue && !p.France.HasValue))
        {
            report.Add(Marks.NotDrawn(prescriptionTitle, Marks.NoValue("prescriptions", model.Year)));
        }
        else
        {
            ChartSeries[] series = model.Compare.WithFrance
                ? [ChartSeries.Territory(model.TerritoryLabel, [.. model.GpPrescriptions.Select(p => p.Here.Value)]), ChartSeries.France("France", [.. model.GpPrescriptions.Select(p => p.France.Value)])]
                : [ChartSeries.Territory(model.TerritoryLabel, [.. model.GpPrescriptions.Select(p => p.Here.Value)])];
            var chart = Charts.GroupedBars(prescriptionTitle, [.. model.GpPrescriptions.Select(p => ShortLabels.TwoLines(p.Post))], series, "€ par praticien");
            report.Add(WithGaps(chart, [
                .. model.GpPrescriptions.Select(p => (p.Post, p.Here)),
                .. model.Compare.WithFrance ? model.GpPrescriptions.Select(p => ($"France {p.Post}", p.France)) : [],
            ]));
        }
        report.Add(new Spacer(8));
        var patientsTitle = $"Patientèle des médecins généralistes, {model.Year}";
        var lines = new[] { model.GpPatientsSeen, model.GpReferringPatients }.OfType<PostComparison>().ToList();
        if (lines.Count == 0)
        {
            report.Add(Marks.NotDrawn(patientsTitle, Marks.NoValue("patientèle", model.Year)));
            return;
        }
        var patients = new DataTable(model.Compare.WithFrance
            ? [new TableColumn(patientsTitle, 3f, TextAlignment.Left), new TableColumn(model.TerritoryLabel), new TableColumn("France")]
            : [new TableColumn(patientsTitle, 3f, TextAlignment.Left), new TableColumn(model.TerritoryLabel)]);
        var patientCells = new List<string>();
        foreach (var line in lines)
        {
            string[] cells = model.Compare.WithFrance ? [line.Post, MeasureText.Count(line.Here), MeasureText.Count(line.France)] : [line.Post, MeasureText.Count(line.Here)];
            patientCells.AddRange(cells);
            patients.AddRow(cells);
        }
        report.Add(patients);
        Marks.AddTo(report, patientCells);
    }

    /// <summary>A bar chart whose missing bars are named under it, with their mark: a secret bar never reads as zero.</summary>
    private static ChartBlock WithGaps(ChartBlock chart, IEnumerable<(string Category, Measure Value)> values)
    {
        var gaps = values.Where(v => !v.Value.HasValue).Select(v => $"{v.Category.Replace('\n', ' ')} ({MeasureText.Change(v.Value)})").ToList();
        if (gaps.Count > 0)
        {
            chart.Note = $"Sans barre (s : secret, \u2013 : non concerné, nd : non disponible) : {string.Join(", ", gaps)}." + (chart.Note is null ? "" : " " + chart.Note);
        }
        return chart;
    }

    private static ChartSeries Styled(YearSeries series, int index) => index switch
    {
        0 => ChartSeries.Territory(series.Name, series.Values),
        _ when series.Name == "France" => ChartSeries.France(series.Name, series.Values),
        _ => ChartSeries.Region(series.Name, series.Values),
    };
}
