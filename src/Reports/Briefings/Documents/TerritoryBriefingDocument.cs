using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>
/// The territory briefing, page by page (docs/briefings.md): l'essentiel, par profession, évolutions, activité,
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
            SourceLine = model.Stamp.SourceLine,
            RunningHeader = $"Professionnels de santé libéraux, {model.Year}",
        });
        report.Add(new TitleBlock(title,
        [
            model.LevelDescription,
            $"Données {model.Year} · {model.Stamp.ReleaseText}",
            model.Stamp.SourceLine,
        ])
        { Notice = model.Stamp.IsSynthetic ? ReportInfo.SyntheticMark : null });
        report.Add(new KpiGrid([.. model.Kpis.Select(k => Tile(model, k))], columns: 3));
        if (model.Kpis.Any(k => k.Change.LacksBaseYear))
        {
            report.Add(new Footnotes([new Footnote(CellText.Absent, NoBaseYear(model.Year))]));
        }
        report.Add(new Spacer(4));
        foreach (var sentence in model.Sentences)
        {
            report.Add(new TextBlock(sentence)).Add(new Spacer(1));
        }
        report.Add(new Spacer(4)).Add(new MapBlock(Scope(model), model.Map.Values.ToDictionary(v => v.DepartementCode, v => v.Value.Value), 200f)
        {
            Title = model.Map.Title,
            LegendTitle = model.Map.Unit,
            Gaps = Marks.Gaps(model.Map.Values),
            Highlight = model.Map.Highlight,
        });

        report.Section("Par profession");
        var (table, cells, note) = ProfessionTable(model);
        report.Add(table);
        Marks.AddTo(report, cells);
        report.Add(new Spacer(3)).Add(new TextBlock(note, Typography.Footnote));

        report.Section("Évolutions");
        TerritoryCharts.AddTrends(report, model);
        report.Section("Activité");
        TerritoryCharts.AddActivity(report, model);
        MethodSection.AddTo(report, model.Stamp);
        return report;
    }

    /// <summary>Why a change is "nd" when its base year is not loaded.</summary>
    internal static string NoBaseYear(int year) => $"évolution non calculée : aucune année de {year - 5} à {year - 1} n'est chargée.";

    private static MapScope Scope(TerritoryBriefingModel model) => model.Map.WholeCountry
        ? MapScope.France
        : MapScope.Departements(model.Map.Values.Select(v => v.DepartementCode), model.LevelDescription);

    private static KpiTile Tile(TerritoryBriefingModel model, KpiValue kpi)
    {
        var comparisons = new List<string>();
        if (model.Compare.RegionName is not null && (kpi.Region.HasValue || kpi.Region.IsSecret || kpi.Region.IsNotApplicable))
        {
            comparisons.Add($"Région : {Format(kpi, kpi.Region)}");
        }
        if (model.Compare.WithFrance && kpi.Unit != "" && (kpi.France.HasValue || kpi.France.IsSecret || kpi.France.IsNotApplicable))
        {
            comparisons.Add($"France : {Format(kpi, kpi.France)}");
        }
        if (kpi.Ranks.Count > 0)
        {
            comparisons.Add("Rang : " + string.Join(" · ", kpi.Ranks.Select(RankText)));
        }
        return new KpiTile(kpi.Label, Format(kpi, kpi.Value))
        {
            Comparisons = comparisons,
            Trend = TrendArrows.FromChange(kpi.Change.Value.Value),
            TrendText = ChangeText(kpi.Change),
        };
    }

    /// <summary>"1er/12 région", "45e/101 France" (short enough for one line of a tile).</summary>
    internal static string RankText(KpiRank rank) =>
        $"{FrenchFormat.Whole(rank.Position)}{(rank.Position == 1 ? "er" : "e")}/{FrenchFormat.Whole(rank.Of)} {rank.Scope}";

    /// <summary>"densité : +3 % depuis 2019", "densité : évolution nd"; null when the figure has no change.</summary>
    internal static string? ChangeText(ChangeSince change) => change.Measured.Length == 0
        ? null
        : change.Value.Value is { } value && change.BaseYear is { } since
            ? $"{change.Measured} : {FrenchFormat.SignedPercent(value)} depuis {FrenchFormat.Year(since)}"
            : $"{change.Measured} : évolution {MeasureText.Change(change.Value)}";

    private static string Format(KpiValue kpi, Data.Measure measure) => kpi.Unit == "%" ? MeasureText.Percent(measure) : MeasureText.Density(measure);

    private static (DataTable Table, List<string> Cells, string Note) ProfessionTable(TerritoryBriefingModel model)
    {
        var marks = new[] { "\u00B9", "\u00B2", "\u00B3" };
        var bases = model.Professions.Select(p => p.DensityBase).Where(b => b != DensityBases.Inhabitants).Distinct().Take(marks.Length).ToList();
        string Mark(string densityBase) => bases.IndexOf(densityBase) is var i and >= 0 ? "\u00A0" + marks[i] : "";
        var columns = new List<TableColumn>
        {
            new("Profession", 3.4f, TextAlignment.Left),
            new("Effectif"),
            new(model.PreviousYear is { } previous ? $"Évol. effectif depuis {previous}" : "Évol. effectif 1 an"),
            new(model.ChangeBaseYear is { } since ? $"Évol. effectif depuis {since}" : "Évol. effectif 5 ans"),
            new("Densité"),
        };
        if (model.Compare.RegionName is not null)
        {
            columns.Add(new TableColumn("Densité région"));
        }
        if (model.Compare.WithFrance)
        {
            columns.Add(new TableColumn("Densité France"));
        }
        columns.Add(new TableColumn("60 ans et plus"));
        columns.Add(new TableColumn("Femmes"));
        var table = new DataTable(columns);
        var printed = new List<string>();
        foreach (var line in model.Professions)
        {
            var cells = new List<string>
            {
                line.Label + Mark(line.DensityBase), MeasureText.Count(line.Headcount), Fragile(line, line.HeadcountChangeOneYear),
                Fragile(line, line.HeadcountChange), MeasureText.Density(line.Density),
            };
            if (model.Compare.RegionName is not null)
            {
                cells.Add(MeasureText.Density(line.DensityRegion));
            }
            if (model.Compare.WithFrance)
            {
                cells.Add(MeasureText.Density(line.DensityFrance));
            }
            cells.Add(MeasureText.Percent(line.Share60Plus));
            cells.Add(MeasureText.Percent(line.ShareWomen));
            printed.AddRange(cells);
            table.AddRow(new TableRow([.. cells], line.IsAggregate ? TableRowKind.Aggregate : TableRowKind.Normal, line.Level == "profession" && line.ProfessionKey != KnownMembers.SagesFemmes ? 1 : 0));
        }
        if (model.Professions.Any(p => p.FewPractitioners && (p.HeadcountChange.Value.HasValue || p.HeadcountChangeOneYear.Value.HasValue)))
        {
            printed.Add(FragileMark);
        }
        var exceptions = string.Concat(bases.Select((b, i) => $" ; {marks[i]} pour 100 000 {b}"));
        var note = $"Densité : praticiens pour 100 000 habitants{exceptions} (bases de population de la Cnam). " +
            $"Évol. : variation de l'effectif (pas de la densité) entre l'année nommée et {FrenchFormat.Year(model.Year)}.";
        if (printed.Contains(FragileMark))
        {
            note += $" {FragileMark} : moins de {TerritoryBriefingBuilder.FewPractitionersBelow} praticiens, l'année du document ou l'année de base : évolution fragile, à lire avec prudence.";
        }
        return (table, printed, note);
    }

    private const string FragileMark = "\u2020";

    /// <summary>A change, marked † when it rests on very few practitioners.</summary>
    private static string Fragile(ProfessionLine line, ChangeSince change) =>
        MeasureText.Change(change.Value) + (line.FewPractitioners && change.Value.HasValue ? "\u00A0" + FragileMark : "");
}
