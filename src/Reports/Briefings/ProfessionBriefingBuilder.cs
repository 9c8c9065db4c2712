using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Reports.Catalogue;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>Fills a <see cref="ProfessionBriefingModel"/> from the warehouse.</summary>
public static class ProfessionBriefingBuilder
{
    private const int TopCount = 10;

    public static async Task<ProfessionBriefingModel> BuildAsync(IWarehouseEngine engine, string professionName, int? year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        await using var connection = await engine.OpenAsync(cancellationToken);
        var dimensions = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        var queries = new ReportQueries(connection);
        var profession = ProfessionParameter.Resolve(professionName, dimensions);
        var years = await queries.LoadedYearsAsync();
        var reportYear = YearParameter.Resolve(year, years);
        var yearsShown = years.Where(y => y <= reportYear).ToList();
        var p = profession.Key;
        const int france = KnownMembers.France;

        var national = await queries.HeadcountDensityAsync(p, france, france);
        var departements = await queries.HeadcountDensityAsync(p, 0, 0, "departement");
        var regions = await queries.HeadcountDensityAsync(p, 0, 0, "region");
        var calc = new HeadcountCalculations([.. national, .. regions], await queries.AgeSexAsync(reportYear, p, france, france));
        var sectors = await queries.SectorsAsync(p, france);
        var practice = await queries.PracticeTypesAsync(p, france);
        var fees = await queries.FeesAsync(p, france);
        var prescriptions = await queries.PrescriptionsAsync(reportYear, p, france);
        var patients = await queries.PatientsAsync(p, france);
        var stamp = new BriefingStamp(await queries.ReleasesAsync(), await queries.SchemaVersionAsync(), DateTimeOffset.UtcNow);

        var mapValues = dimensions.Territories.Where(t => t.IsDepartement).Select(t => new MapValue(t.DepartementCode, t.Label,
            departements.FirstOrDefault(r => r.Year == reportYear && r.TerritoryKey == t.Key)?.Density ?? Measure.Missing)).ToList();
        var ranked = mapValues.Where(v => v.Value.Value is not null).OrderByDescending(v => v.Value.Value).ToList();
        var group = profession.GroupKey is { } g ? dimensions.Professions.First(x => x.Key == g).ShortLabel : profession.ShortLabel;

        return new ProfessionBriefingModel(
            profession.Label,
            group,
            reportYear,
            yearsShown[0],
            [
                new KpiValue("Effectif", "praticiens", calc.Headcount(p, france, reportYear), Measure.Missing, Measure.Missing,
                    calc.HeadcountChange(p, france, reportYear, yearsShown.Contains(reportYear - 1) ? reportYear - 1 : null)),
                new KpiValue($"Densité {DensityBases.Unit(profession)}", DensityBases.ShortUnit(profession), calc.Density(p, france, reportYear), Measure.Missing, Measure.Missing,
                    calc.DensityChange(p, france, reportYear, TerritoryBriefingBuilder.ChangeBaseYear(yearsShown, reportYear))),
                new KpiValue(yearsShown[0] < reportYear ? $"Évolution de l'effectif depuis {yearsShown[0]}" : "Évolution de l'effectif", "±%",
                    yearsShown[0] < reportYear ? calc.Change(p, france, reportYear, yearsShown[0]) : Measure.Missing, Measure.Missing, Measure.Missing, ChangeSince.None),
                new KpiValue("Praticiens de 60 ans et plus", "%", calc.ShareSixtyPlus(p, france), Measure.Missing, Measure.Missing, ChangeSince.None),
                new KpiValue("Part des femmes", "%", calc.ShareWomen(p, france), Measure.Missing, Measure.Missing, ChangeSince.None),
            ],
            new MapModel($"{profession.ShortLabel} {DensityBases.Unit(profession)}, {reportYear}", DensityBases.ShortUnit(profession), mapValues, null, WholeCountry: true),
            [.. ranked.Take(TopCount).Select((v, i) => new RankedTerritory(i + 1, v.DepartementCode, v.Label, v.Value.Value!.Value))],
            [.. ranked.AsEnumerable().Reverse().Take(TopCount).Select((v, i) => new RankedTerritory(ranked.Count - i, v.DepartementCode, v.Label, v.Value.Value!.Value))],
            new YearSeries("Effectif", yearsShown, [.. yearsShown.Select(y => calc.Headcount(p, france, y).Value)]),
            new YearSeries("Densité", yearsShown, [.. yearsShown.Select(y => calc.Density(p, france, y).Value)]),
            [.. dimensions.Territories.Where(t => t.IsRegion).Select(r => new TrendPanel(r.Label,
                [new YearSeries(r.Label, yearsShown, calc.Index(p, r.Key, yearsShown)), new YearSeries("France", yearsShown, calc.Index(p, france, yearsShown))]))],
            [.. AgeSexCells(dimensions, await queries.AgeSexAsync(reportYear, p, france, france))],
            [.. Breakdown(yearsShown, dimensions.Sectors, sectors)],
            [.. Breakdown(yearsShown, dimensions.PracticeTypes, practice)],
            [.. yearsShown.Select(y => fees.FirstOrDefault(r => r.Year == y) is { } row
                ? new FeeYear(y, row.TariffMean, row.ExtraMean, Measure.Derive(row.ExtraTotal.Value / (row.TariffTotal.Value + row.ExtraTotal.Value) * 100, row.ExtraTotal, row.TariffTotal))
                : new FeeYear(y, Measure.Missing, Measure.Missing, Measure.Missing))],
            [.. dimensions.PrescriptionPosts.Where(x => !x.IsAggregate).Select(x => new PostComparison(x.ShortLabel,
                prescriptions.FirstOrDefault(r => r.PostKey == x.Key)?.Mean ?? Measure.Missing, Measure.Missing))],
            [
                new YearSeries("Patients vus dans l'année", yearsShown, [.. yearsShown.Select(y => patients.FirstOrDefault(r => r.Year == y)?.Seen.Value)]),
                new YearSeries("Patients « médecin traitant »", yearsShown, [.. yearsShown.Select(y => patients.FirstOrDefault(r => r.Year == y)?.Referring.Value)]),
            ],
            stamp)
        { ShortLabel = profession.ShortLabel };
    }

    private static IEnumerable<PyramidBar> AgeSexCells(ReferenceDimensions dimensions, IReadOnlyList<AgeSexRow> rows) =>
        dimensions.AgeBands.Where(a => !a.IsAggregate && a.Key != KnownMembers.AgeUnknown).Select(a => new PyramidBar(a.Label,
            rows.FirstOrDefault(r => r.TerritoryKey == KnownMembers.France && r.AgeBandKey == a.Key && r.SexKey == KnownMembers.Women)?.Headcount ?? Measure.Missing,
            rows.FirstOrDefault(r => r.TerritoryKey == KnownMembers.France && r.AgeBandKey == a.Key && r.SexKey == KnownMembers.Men)?.Headcount ?? Measure.Missing));

    /// <summary>Headcount per member (sector or practice type) each year; empty when the profession has none published.</summary>
    private static IEnumerable<SectorYear> Breakdown(IReadOnlyList<int> years, IReadOnlyList<CodedMember> members, IReadOnlyList<BreakdownRow> rows)
    {
        var national = rows.Where(r => r.TerritoryKey == KnownMembers.France).ToList();
        return national.Count == 0 ? [] : years.Select(y => new SectorYear(y, members.ToDictionary(m => m.ShortLabel,
            m => national.FirstOrDefault(r => r.Year == y && r.MemberKey == m.Key)?.Headcount ?? Measure.Missing)));
    }
}
