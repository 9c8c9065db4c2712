using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>The chart pages of the territory briefing: trends (small multiples, ages) and activity (sectors, fees, prescriptions, patients).</summary>
internal static class TerritoryCharts
{
    public static void AddTrends(PdfReport report, TerritoryBriefingModel model)
    {
        var panels = model.Trends.Select(panel => new ChartPanel(panel.Profession,
            Charts.LinePlot(panel.Series[0].Years, [.. panel.Series.Select((s, i) => Styled(s, i))], $"indice {model.FirstYear} = 100"))).ToList();
        report.Add(new ChartGrid($"Effectifs depuis {model.FirstYear} (indice {model.FirstYear} = 100)", panels)
        {
            Legend = [.. model.Trends[0].Series.Select((s, i) => Styled(s, i).ToLegend(LegendSymbol.Line))],
        });
        report.Add(new Spacer(8));
        report.Add(Charts.GroupedBars($"Âge des médecins libéraux en {model.Year} (part de chaque tranche, %)",
            [.. model.DoctorAges.Select(a => ShortLabels.AgeBand(a.AgeBand))],
            [
                ChartSeries.Territory(model.TerritoryLabel, [.. model.DoctorAges.Select(a => a.Here.Value)]),
                ChartSeries.France("France", [.. model.DoctorAges.Select(a => a.France.Value)]),
            ], "% des médecins"));
    }

    public static void AddActivity(PdfReport report, TerritoryBriefingModel model)
    {
        var sectorNames = model.DoctorSectors.SelectMany(y => y.BySector.Where(s => s.Value.HasValue).Select(s => s.Key)).Distinct().ToList();
        if (sectorNames.Count > 0)
        {
            report.Add(Charts.StackedBars("Médecins libéraux par secteur conventionnel (effectifs)",
                [.. model.DoctorSectors.Select(y => FrenchFormat.Year(y.Year))],
                [.. sectorNames.Select((name, i) => new ChartSeries(name, [.. model.DoctorSectors.Select(y => y.BySector[name].Value)], Palette(i)))],
                "praticiens"));
        }
        var fees = new DataTable(
        [
            new TableColumn("Honoraires " + model.Year, 2.6f, TextAlignment.Left),
            new TableColumn("Honoraires moyens sans dépassement"), new TableColumn("France"),
            new TableColumn("Part des dépassements"), new TableColumn("France"),
        ]);
        foreach (var fee in model.Fees)
        {
            fees.AddRow(fee.Group, MeasureText.Euros(fee.TariffMean), MeasureText.Euros(fee.TariffMeanFrance), MeasureText.Percent(fee.ExtraShare), MeasureText.Percent(fee.ExtraShareFrance));
        }
        report.Add(new Spacer(8)).Add(fees).Add(new Spacer(8));
        report.Add(Charts.GroupedBars($"Prescriptions par médecin généraliste en {model.Year}, par poste (€ par praticien)",
            [.. model.GpPrescriptions.Select(p => ShortLabels.TwoLines(p.Post))],
            [
                ChartSeries.Territory(model.TerritoryLabel, [.. model.GpPrescriptions.Select(p => p.Here.Value)]),
                ChartSeries.France("France", [.. model.GpPrescriptions.Select(p => p.France.Value)]),
            ], "€ par praticien"));
        var patients = new DataTable([new TableColumn($"Patientèle des médecins généralistes, {model.Year}", 3f, TextAlignment.Left), new TableColumn(model.TerritoryLabel), new TableColumn("France")]);
        foreach (var line in new[] { model.GpPatientsSeen, model.GpReferringPatients }.OfType<PostComparison>())
        {
            patients.AddRow(line.Post, MeasureText.Count(line.Here), MeasureText.Count(line.France));
        }
        report.Add(new Spacer(8)).Add(patients);
    }

    private static ChartSeries Styled(YearSeries series, int index) => index switch
    {
        0 => ChartSeries.Territory(series.Name, series.Values),
        _ when series.Name == "France" => ChartSeries.France(series.Name, series.Values),
        _ => ChartSeries.Region(series.Name, series.Values),
    };

    private static SkiaSharp.SKColor Palette(int index) => index switch
    {
        0 => Typography.Accent,
        1 => new SkiaSharp.SKColor(0x6B, 0xAE, 0xD6),
        2 => new SkiaSharp.SKColor(0xC6, 0xDB, 0xEF),
        3 => Typography.ContextDark,
        _ => Typography.ContextLight,
    };
}
