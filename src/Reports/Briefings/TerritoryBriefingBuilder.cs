using System.Globalization;
using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Reports.Catalogue;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>Fills a <see cref="TerritoryBriefingModel"/> from the warehouse (the only part of a briefing that runs SQL).</summary>
public static class TerritoryBriefingBuilder
{
    private static readonly (int Profession, string Label)[] DensityKpis =
    [
        (KnownMembers.Generalistes, "Médecins généralistes"),
        (KnownMembers.Infirmiers, "Infirmiers"),
        (KnownMembers.Kinesitherapeutes, "Masseurs-kinésithérapeutes"),
        (KnownMembers.ChirurgiensDentistes, "Chirurgiens-dentistes"),
    ];

    /// <summary>Builds the briefing of a territory; the map is shaded by the density of <paramref name="mapProfession"/> (default: généralistes).</summary>
    public static async Task<TerritoryBriefingModel> BuildAsync(IWarehouseEngine engine, string territoryCode, int? year, string? mapProfession = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        await using var connection = await engine.OpenAsync(cancellationToken);
        var dimensions = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        var queries = new ReportQueries(connection);
        var territory = TerritoryParameter.Resolve(territoryCode, dimensions);
        var years = await queries.LoadedYearsAsync();
        var reportYear = YearParameter.Resolve(year, years);
        var region = territory.IsDepartement ? dimensions.Territories.First(t => t.Key == territory.ParentKey) : territory;
        var (here, reg) = (territory.Key, region.Key);

        var calc = new HeadcountCalculations(
            await queries.HeadcountDensityAsync(ReportQueries.AllProfessions, here, reg),
            await queries.AgeSexAsync(reportYear, ReportQueries.AllProfessions, here, reg));
        var sectors = await queries.SectorsAsync(ReportQueries.AllProfessions, here);
        var fees = await queries.FeesAsync(ReportQueries.AllProfessions, here);
        var prescriptions = await queries.PrescriptionsAsync(reportYear, KnownMembers.Generalistes, here);
        var patients = await queries.PatientsAsync(KnownMembers.Generalistes, here);
        var shaded = mapProfession is null ? dimensions.Professions.First(p => p.Key == KnownMembers.Generalistes) : ProfessionParameter.Resolve(mapProfession, dimensions);
        var mapRows = await queries.HeadcountDensityAsync(shaded.Key, 0, 0, "departement");
        var stamp = new BriefingStamp(await queries.ReleasesAsync(), await queries.SchemaVersionAsync(), DateTimeOffset.UtcNow);

        var yearsShown = years.Where(y => y <= reportYear).ToList();
        var baseYear = ChangeBaseYear(yearsShown, reportYear);
        int? previousYear = yearsShown.Contains(reportYear - 1) ? reportYear - 1 : null;
        var compare = new Comparisons(territory.IsDepartement && !IsOwnRegion(dimensions, region) ? region.Label : null, !territory.IsCountry);
        var withRegion = compare.RegionName is not null;
        Measure Context(bool shown, Func<Measure> value) => shown ? value() : Measure.Missing;
        var peers = new Dictionary<int, List<HeadcountDensityRow>>();
        foreach (var (profession, _) in DensityKpis)
        {
            peers[profession] = territory.IsCountry ? [] : await queries.HeadcountDensityAsync(profession, 0, 0, territory.IsRegion ? "region" : "departement");
        }
        var kpis = DensityKpis
            .Select(k => dimensions.Professions.First(p => p.Key == k.Profession))
            .Select(p => new KpiValue($"{p.ShortLabel} pour 100 000 {DensityBases.Of(p)}", DensityBases.ShortUnit(p), calc.Density(p.Key, here, reportYear),
                Context(withRegion, () => calc.Density(p.Key, reg, reportYear)), Context(compare.WithFrance, () => calc.Density(p.Key, KnownMembers.France, reportYear)),
                calc.DensityChange(p.Key, here, reportYear, baseYear))
            {
                Ranks = Ranks(dimensions, territory, withRegion ? region : null, peers[p.Key].Where(r => r.Year == reportYear).ToList()),
            })
            .Append(new KpiValue("Médecins de 60 ans et plus", "%", calc.ShareSixtyPlus(KnownMembers.Medecins, here),
                Context(withRegion, () => calc.ShareSixtyPlus(KnownMembers.Medecins, reg)),
                Context(compare.WithFrance, () => calc.ShareSixtyPlus(KnownMembers.Medecins, KnownMembers.France)), ChangeSince.None))
            .Append(new KpiValue("Spécialistes en secteur 2 (parmi tous les secteurs)", "%", SectorTwoShare(sectors, here, reportYear),
                Measure.Missing, Context(compare.WithFrance, () => SectorTwoShare(sectors, KnownMembers.France, reportYear)), ChangeSince.None))
            .ToList();

        return new TerritoryBriefingModel(
            territory.IsCountry ? "France" : territory.Label,
            TerritoryParameter.Code(territory),
            territory.IsCountry ? "France entière" : territory.IsRegion ? (IsOwnRegion(dimensions, territory) ? "Région et département d'outre-mer" : "Région") : withRegion ? $"Département, région {region.Label}" : "Département et région d'outre-mer",
            reportYear,
            yearsShown[0],
            yearsShown,
            baseYear,
            previousYear,
            compare,
            kpis,
            BriefingSentences.For(calc, here, reportYear, baseYear),
            Map(dimensions, territory, region, shaded, mapRows, reportYear),
            ProfessionLines(dimensions, calc, here, compare, reg, reportYear, previousYear, baseYear),
            [.. new[] { KnownMembers.Generalistes, KnownMembers.Infirmiers, KnownMembers.Kinesitherapeutes, KnownMembers.ChirurgiensDentistes, KnownMembers.SagesFemmes, KnownMembers.Specialistes }
                .Select(p => new TrendPanel(dimensions.Professions.First(x => x.Key == p).ShortLabel,
                [
                    new YearSeries(territory.IsCountry ? "France" : territory.Label, yearsShown, calc.Index(p, here, yearsShown)),
                    .. withRegion ? [new YearSeries(region.Label, yearsShown, calc.Index(p, reg, yearsShown))] : Array.Empty<YearSeries>(),
                    .. territory.IsCountry ? Array.Empty<YearSeries>() : [new YearSeries("France", yearsShown, calc.Index(p, KnownMembers.France, yearsShown))],
                ]))],
            [.. dimensions.AgeBands.Where(a => !a.IsAggregate && a.Key != KnownMembers.AgeUnknown)
                .Select(a => new AgeBandShare(a.Label, calc.AgeShare(KnownMembers.Medecins, here, a.Key), calc.AgeShare(KnownMembers.Medecins, KnownMembers.France, a.Key)))],
            [.. yearsShown.Select(y => new SectorYear(y, dimensions.Sectors.ToDictionary(s => s.ShortLabel,
                s => sectors.FirstOrDefault(r => r.Year == y && r.ProfessionKey == KnownMembers.Medecins && r.TerritoryKey == here && r.MemberKey == s.Key)?.Headcount ?? Measure.Missing)))],
            [.. KnownMembers.FeeGroups.Select(g => FeeLine(dimensions, fees, g, here, reportYear))],
            [.. dimensions.PrescriptionPosts.Where(p => !p.IsAggregate).Select(p => new PostComparison(p.ShortLabel,
                prescriptions.FirstOrDefault(r => r.TerritoryKey == here && r.PostKey == p.Key)?.Mean ?? Measure.Missing,
                prescriptions.FirstOrDefault(r => r.TerritoryKey == KnownMembers.France && r.PostKey == p.Key)?.Mean ?? Measure.Missing))],
            Patients(patients, here, reportYear, r => r.Seen, "Patients vus dans l'année (file active)"),
            Patients(patients, here, reportYear, r => r.Referring, "Patients « médecin traitant »"),
            stamp);
    }

    /// <summary>
    /// The territory's rank by density (highest first) among the départements of its région and among all départements,
    /// or among the régions; none for France or when its density is not published.
    /// </summary>
    private static List<KpiRank> Ranks(ReferenceDimensions dimensions, TerritoryMember territory, TerritoryMember? region, IReadOnlyList<HeadcountDensityRow> rows)
    {
        var mine = rows.FirstOrDefault(r => r.TerritoryKey == territory.Key)?.Density.Value;
        if (mine is not { } value)
        {
            return [];
        }
        KpiRank Among(IEnumerable<HeadcountDensityRow> scope, string where)
        {
            var values = scope.Select(r => r.Density.Value).OfType<double>().ToList();
            return new KpiRank(1 + values.Count(v => v > value), values.Count, where);
        }
        var ranks = new List<KpiRank>();
        if (region is not null)
        {
            var inRegion = dimensions.Territories.Where(t => t.ParentKey == region.Key && t.IsDepartement).Select(t => t.Key).ToHashSet();
            ranks.Add(Among(rows.Where(r => inRegion.Contains(r.TerritoryKey)), "région"));
        }
        ranks.Add(Among(rows, territory.IsRegion ? "régions" : "France"));
        return ranks;
    }

    /// <summary>Below this many practitioners (now or in a base year), a change is flagged as fragile: "+100 %" may be one more.</summary>
    public const int FewPractitionersBelow = 10;

    /// <summary>The earliest loaded year within five years before <paramref name="year"/>; null when none is loaded.</summary>
    internal static int? ChangeBaseYear(IReadOnlyList<int> years, int year) =>
        years.Where(y => y < year && y >= year - 5).Order().Cast<int?>().FirstOrDefault();

    /// <summary>A DROM is its own région: the régions of Guadeloupe, Martinique, Guyane, La Réunion and Mayotte have one département.</summary>
    private static bool IsOwnRegion(ReferenceDimensions dimensions, TerritoryMember region) =>
        dimensions.Territories.Count(t => t.IsDepartement && t.ParentKey == region.Key) == 1;

    /// <summary>Share of secteur 2 (with or without Optam) among all the spécialistes of the sector dataset, non-conventionnés included.</summary>
    private static Measure SectorTwoShare(IReadOnlyList<BreakdownRow> sectors, int territory, int year)
    {
        var rows = sectors.Where(r => r.Year == year && r.ProfessionKey == KnownMembers.Specialistes && r.TerritoryKey == territory).ToList();
        var two = rows.Where(r => KnownMembers.SectorTwo.Contains(r.MemberKey)).Select(r => r.Headcount).ToArray();
        var all = rows.Select(r => r.Headcount).ToArray();
        return rows.Count == 0 ? Measure.Missing : Measure.Derive(two.Sum(m => m.Value) / all.Sum(m => m.Value) * 100, all);
    }

    private static FeeComparison FeeLine(ReferenceDimensions dimensions, IReadOnlyList<FeeRow> fees, int group, int territory, int year)
    {
        var here = fees.FirstOrDefault(r => r.Year == year && r.ProfessionKey == group && r.TerritoryKey == territory);
        var france = fees.FirstOrDefault(r => r.Year == year && r.ProfessionKey == group && r.TerritoryKey == KnownMembers.France);
        return new FeeComparison(dimensions.Professions.First(p => p.Key == group).ShortLabel,
            here?.TariffMean ?? Measure.Missing, france?.TariffMean ?? Measure.Missing, ExtraShare(here), ExtraShare(france));
    }

    /// <summary>Dépassements as a share of all fees (at tariff + dépassements), in percent.</summary>
    private static Measure ExtraShare(FeeRow? row) => row is null
        ? Measure.Missing
        : Measure.Derive(row.ExtraTotal.Value / (row.TariffTotal.Value + row.ExtraTotal.Value) * 100, row.ExtraTotal, row.TariffTotal);

    private static PostComparison? Patients(IReadOnlyList<PatientRow> rows, int territory, int year, Func<PatientRow, Measure> measure, string label)
    {
        var here = rows.FirstOrDefault(r => r.Year == year && r.TerritoryKey == territory);
        var france = rows.FirstOrDefault(r => r.Year == year && r.TerritoryKey == KnownMembers.France);
        return here is null && france is null ? null : new PostComparison(label, here is null ? Measure.Missing : measure(here), france is null ? Measure.Missing : measure(france));
    }

    /// <summary>
    /// The région's départements, or all of France with the DROM insets for France and for a région of one département
    /// (a DROM: a map of one shape says nothing), the territory outlined.
    /// </summary>
    private static MapModel Map(ReferenceDimensions dimensions, TerritoryMember territory, TerritoryMember region, ProfessionMember profession, IReadOnlyList<HeadcountDensityRow> rows, int year)
    {
        var wholeCountry = territory.IsCountry || IsOwnRegion(dimensions, region);
        var scope = dimensions.Territories.Where(t => t.IsDepartement && (wholeCountry || t.ParentKey == region.Key)).ToList();
        var highlight = territory.IsDepartement ? territory.DepartementCode
            : wholeCountry && !territory.IsCountry ? scope.First(t => t.ParentKey == region.Key).DepartementCode : null;
        var values = scope.Select(t => new MapValue(t.DepartementCode, t.Label,
            rows.FirstOrDefault(r => r.Year == year && r.TerritoryKey == t.Key)?.Density ?? Measure.Missing)).ToList();
        var title = string.Create(CultureInfo.InvariantCulture, $"{profession.ShortLabel} {DensityBases.Unit(profession)}, {year}");
        return new MapModel(title, DensityBases.ShortUnit(profession), values, highlight, wholeCountry);
    }

    private static List<ProfessionLine> ProfessionLines(ReferenceDimensions dimensions, HeadcountCalculations calc, int here, Comparisons compare, int region, int year, int? previousYear, int? baseYear) =>
    [
        .. dimensions.Professions.Select(p => new ProfessionLine(p.Key, p.ShortLabel, p.Level, p.IsAggregate,
            calc.Headcount(p.Key, here, year), calc.HeadcountChange(p.Key, here, year, previousYear), calc.HeadcountChange(p.Key, here, year, baseYear),
            DensityBases.Of(p), calc.Density(p.Key, here, year),
            compare.RegionName is null ? Measure.Missing : calc.Density(p.Key, region, year),
            compare.WithFrance ? calc.Density(p.Key, KnownMembers.France, year) : Measure.Missing,
            calc.ShareSixtyPlus(p.Key, here), calc.ShareWomen(p.Key, here))
            {
                FewPractitioners = new[] { year, previousYear, baseYear }.OfType<int>().Any(y => calc.Headcount(p.Key, here, y).Value is < FewPractitionersBelow),
            })
            .Where(line => line.Headcount.HasValue || line.Headcount.IsSecret || line.Headcount.IsNotApplicable),
    ];
}
