using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

/// <summary>A multi-page document with every component, on fake numbers, to read back and to look at.</summary>
internal static class SpecimenDocument
{
    public const string Title = "Corse-du-Sud — professionnels de santé libéraux, 2024";
    public const string Territory = "Corse-du-Sud";
    public const string Author = "Tests du rendu";
    public const string KpiValue = "77,4";
    public const string YAxisLabel = "Effectif (base 100 en 2015)";
    public const string TableHeader = "Évolution sur 1 an";
    public const string TableTitle = "Effectifs et densités par profession";
    public static readonly string[] MissingCodes = ["23", "48", "976"];
    public static readonly int[] Years = Enumerable.Range(2015, 10).ToArray();

    /// <summary>A fake value for every département: 55 to 135, a few missing.</summary>
    public static IReadOnlyDictionary<string, double?> DensityByDepartement() => MapScope.France.Codes.ToDictionary(
        code => code,
        code => MissingCodes.Contains(code) ? (double?)null : 55 + Math.Round(Hash(code) % 800 / 10.0, 1));

    public static PdfReport Build(bool synthetic)
    {
        var report = new PdfReport(new ReportInfo(Title, Territory)
        {
            Author = Author,
            Synthetic = synthetic,
            CreatedAt = new DateTimeOffset(2025, 12, 15, 9, 30, 0, TimeSpan.FromHours(1)),
        });
        report.Add(new TitleBlock("Corse-du-Sud", [
            "Département de la région Corse · professionnels de santé libéraux, 2024",
            "Données publiées le " + FrenchFormat.Date(new DateOnly(2025, 12, 15)) + " · Source : Cnam, data.ameli.fr",
        ])
        { Notice = synthetic ? "Données synthétiques : ce document ne décrit pas la réalité." : null });

        report.Section("L'essentiel");
        report.Add(new KpiGrid(Tiles()));
        report.Add(TextBlock.FromMarkup(
            "La densité de médecins généralistes est **inférieure de 12 %** à la moyenne nationale et a baissé de 8 % depuis 2019. "
            + "Les infirmiers sont 1\u202F234 pour 100\u00A0000 habitants ; 38 % des médecins ont 60 ans ou plus."));
        report.Add(new MapBlock(MapScope.France, DensityByDepartement(), 270)
        {
            Title = "Densité de médecins généralistes par département, 2024",
            LegendTitle = "Médecins généralistes pour 100 000 habitants",
            Highlight = "2A",
        });

        report.PageBreak().TableOfContents();

        report.Section("Dans la région", newPage: true);
        report.Add(new MapBlock(MapScope.Region("84"), DensityByDepartement(), 250)
        {
            Title = "Densité de médecins généralistes en Auvergne-Rhône-Alpes, 2024",
            LegendTitle = "pour 100 000 habitants",
            Highlight = "69",
            Labels = MapLabels.Names,
        });
        report.Add(Charts.Line("Les effectifs baissent plus vite dans le département qu'en France", Years, [
            ChartSeries.Territory("Corse-du-Sud", Index(100, -1.1)),
            ChartSeries.Region("Corse", Index(100, -0.6)),
            ChartSeries.France("France", Index(100, -0.3)),
        ], YAxisLabel));

        report.Section("Activité", newPage: true);
        report.Add(Charts.GroupedBars("Honoraires moyens par praticien, en milliers d'euros", ["Généralistes", "Spécialistes", "Dentistes", "Infirmiers"], [
            ChartSeries.Territory("Corse-du-Sud", [112, 198, 160, 74]),
            ChartSeries.France("France", [120, 210, 150, 70]) with { Dashed = false },
        ], "k€ par praticien"));
        report.Add(Charts.StackedBars("Les médecins en secteur 2 sont plus nombreux chaque année", Years.Select(y => FrenchFormat.Year(y)).ToArray(),
            Sectors(), "part des médecins (%)"));
        report.Add(new ChartGrid("Effectifs depuis 2015, base 100, six professions", Panels())
        {
            Legend = [ChartSeries.Territory("Corse-du-Sud", []).ToLegend(LegendSymbol.Line), ChartSeries.France("France", []).ToLegend(LegendSymbol.Line)],
        });

        report.Section(TableTitle, newPage: true);
        report.Add(Table());
        report.Add(new Footnotes([
            new Footnote(CellText.Secret, "secret statistique : moins de 11 praticiens ou un praticien représentant plus de 85 % du total."),
            new Footnote(CellText.NotApplicable, "non concerné."),
        ]));

        report.Section("Méthode", newPage: true);
        report.Add(new TextBlock("Densité : nombre de praticiens libéraux pour 100 000 habitants, telle que publiée par la Cnam. "
            + "Les lignes agrégées (en gras) sont celles de la source ; elles ne sont jamais recalculées."));
        report.Add(new TextBlock("Fonds de carte : " + GeoAttribution.Full + ". " + GeoAttribution.Licence + ".", Typography.Caption));
        return report;
    }

    private static KpiTile[] Tiles() =>
    [
        new("Médecins généralistes pour 100 000 habitants", KpiValue) { Trend = Trend.Down, TrendText = "−8 % depuis 2019", Comparisons = ["Région : 82,0 · France : 84,1"] },
        new("Infirmiers pour 100 000 habitants", "1\u202F234,5") { Trend = Trend.Up, TrendText = "+12 % depuis 2019", Comparisons = ["Région : 1\u202F102,3 · France : 1\u202F015,8"] },
        new("Masseurs-kinésithérapeutes pour 100 000 habitants", "142,0") { Trend = Trend.Flat, Comparisons = ["Région : 140,2 · France : 138,7"] },
        new("Chirurgiens-dentistes pour 100 000 habitants", "55,3") { Trend = Trend.SlightlyDown, TrendText = "−2 %", Comparisons = ["Région : 58,1 · France : 56,9"] },
        new("Médecins de 60 ans ou plus", "38\u00A0%") { Trend = Trend.SlightlyUp, Comparisons = ["Région : 35 % · France : 31 %"] },
        new("Spécialistes en secteur 2", "52\u00A0%") { Comparisons = ["Région : 48 % · France : 50 %"] },
    ];

    private static DataTable Table()
    {
        var table = new DataTable([
            new TableColumn("Profession", 2.6f, TextAlignment.Left),
            new TableColumn("Effectif"),
            new TableColumn("Densité"),
            new TableColumn("Densité région"),
            new TableColumn("Densité France"),
            new TableColumn(TableHeader),
            new TableColumn("Évolution sur 5 ans"),
            new TableColumn("Part des 60 ans ou plus"),
            new TableColumn("Part des femmes"),
        ]);
        table.AddAggregate("Ensemble des professions", "2\u202F345", "1\u202F456,2", "1\u202F398,0", "1\u202F402,7", "+1 %", "+6 %", "28 %", "64 %");
        for (var group = 0; group < 5; group++)
        {
            table.AddGroup($"Famille {group + 1}");
            table.AddRow(new TableRow([$"Ensemble de la famille {group + 1}", "412", "250,1", "240,0", "245,3", "+2 %", "+5 %", "30 %", "55 %"], TableRowKind.Aggregate));
            for (var i = 0; i < 14; i++)
            {
                var secret = (group + i) % 9 == 4;
                table.AddRow(new TableRow([
                    $"Spécialité numéro {group * 14 + i + 1}" + (i % 5 == 0 ? " avec un libellé long qui passe à la ligne" : ""),
                    secret ? CellText.Secret : FrenchFormat.Whole(10 + i * 7),
                    secret ? CellText.Secret : FrenchFormat.OneDecimal(3.2 + i),
                    FrenchFormat.OneDecimal(4.1 + i),
                    FrenchFormat.OneDecimal(4.5 + i),
                    i % 4 == 0 ? CellText.NotApplicable : FrenchFormat.SignedPercent(i - 6),
                    FrenchFormat.SignedPercent(2 * i - 10),
                    FrenchFormat.Percent(20 + i),
                    FrenchFormat.Percent(40 + i),
                ], Indent: 1));
            }
        }
        return table;
    }

    private static ChartSeries[] Sectors()
    {
        var s1 = Years.Select((_, i) => (double?)(60 - i * 1.5)).ToArray();
        var optam = Years.Select((_, i) => (double?)(15 + i * 0.8)).ToArray();
        var s2 = Years.Select((_, i) => (double?)(22 + i * 0.7)).ToArray();
        var other = Years.Select((_, i) => (double?)(100 - (60 - i * 1.5) - (15 + i * 0.8) - (22 + i * 0.7))).ToArray();
        var colours = Typography.CategoryPalette;
        return [
            new ChartSeries("Secteur 1", s1, colours[0]),
            new ChartSeries("Secteur 2 OPTAM", optam, colours[1]),
            new ChartSeries("Secteur 2 non OPTAM", s2, colours[2]),
            new ChartSeries("Non conventionnés", other, colours[4]),
        ];
    }

    private static ChartPanel[] Panels()
    {
        string[] professions = ["Médecins généralistes", "Infirmiers", "Masseurs-kinésithérapeutes", "Chirurgiens-dentistes", "Sages-femmes", "Pédicures-podologues"];
        var series = professions.Select((p, k) => new[]
        {
            ChartSeries.Territory("Corse-du-Sud", Index(100, 1.5 - k * 0.6)),
            ChartSeries.France("France", Index(100, 0.8 - k * 0.2)),
        }).ToArray();
        var limits = Charts.SharedLimits(series.SelectMany(s => s));
        return professions.Select((p, k) => new ChartPanel(p, Charts.LinePlot(Years, series[k], null, limits))).ToArray();
    }

    private static double?[] Index(double start, double percentPerYear) =>
        Years.Select((_, i) => (double?)Math.Round(start * Math.Pow(1 + percentPerYear / 100, i), 1)).ToArray();

    private static uint Hash(string code) => unchecked(code.Aggregate(17u, (h, c) => (h * 31) + c) * 2654435761u) >> 8;
}
