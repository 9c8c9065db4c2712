using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>Ratios derived from published counts. Never re-adds aggregates: every total used is a published aggregate row.</summary>
internal sealed class HeadcountCalculations(IReadOnlyList<HeadcountDensityRow> totals, IReadOnlyList<AgeSexRow> ageSex)
{
    private readonly Dictionary<(int Year, int Profession, int Territory), HeadcountDensityRow> _totals =
        totals.ToDictionary(r => (r.Year, r.ProfessionKey, r.TerritoryKey));
    private readonly Dictionary<(int Profession, int Territory, int Age, int Sex), Measure> _cells =
        ageSex.ToDictionary(r => (r.ProfessionKey, r.TerritoryKey, r.AgeBandKey, r.SexKey), r => r.Headcount);

    public Measure Headcount(int profession, int territory, int year) =>
        _totals.TryGetValue((year, profession, territory), out var row) ? row.Headcount : Measure.Missing;

    public Measure Density(int profession, int territory, int year) =>
        _totals.TryGetValue((year, profession, territory), out var row) ? row.Density : Measure.Missing;

    /// <summary>Change of the headcount between two years, in percent.</summary>
    public Measure Change(int profession, int territory, int year, int since) =>
        Percent(Headcount(profession, territory, year), Headcount(profession, territory, since));

    /// <summary>Change of the headcount since <paramref name="since"/> (none when no base year is loaded).</summary>
    public ChangeSince HeadcountChange(int profession, int territory, int year, int? since) =>
        since is { } s ? new(Change(profession, territory, year, s), s, "effectif") : new(Measure.Missing, null, "effectif");

    /// <summary>Change of the published density since <paramref name="since"/>: the same base as the density it sits under.</summary>
    public ChangeSince DensityChange(int profession, int territory, int year, int? since) =>
        since is { } s
            ? new(Percent(Density(profession, territory, year), Density(profession, territory, s)), s, "densité")
            : new(Measure.Missing, null, "densité");

    private static Measure Percent(Measure now, Measure then) => Measure.Derive(now.Value / then.Value * 100 - 100, now, then);

    /// <summary>Share aged 60 and over among practitioners of known age, in percent (year of the age × sex rows).</summary>
    public Measure ShareSixtyPlus(int profession, int territory)
    {
        var old = KnownMembers.AgesSixtyPlus.Select(a => Cell(profession, territory, a, KnownMembers.AllSexes)).ToArray();
        var all = Cell(profession, territory, KnownMembers.AllAges, KnownMembers.AllSexes);
        var unknown = Cell(profession, territory, KnownMembers.AgeUnknown, KnownMembers.AllSexes);
        return Measure.Derive(old.Sum(o => o.Value) / (all.Value - unknown.Value) * 100, [.. old, all, unknown]);
    }

    /// <summary>Share of women among practitioners of known sex, in percent.</summary>
    public Measure ShareWomen(int profession, int territory)
    {
        var women = Cell(profession, territory, KnownMembers.AllAges, KnownMembers.Women);
        var men = Cell(profession, territory, KnownMembers.AllAges, KnownMembers.Men);
        return Measure.Derive(women.Value / (women.Value + men.Value) * 100, women, men);
    }

    /// <summary>Share of one age band (all sexes) in the headcount of known age, in percent.</summary>
    public Measure AgeShare(int profession, int territory, int ageBand)
    {
        var band = Cell(profession, territory, ageBand, KnownMembers.AllSexes);
        var all = Cell(profession, territory, KnownMembers.AllAges, KnownMembers.AllSexes);
        var unknown = Cell(profession, territory, KnownMembers.AgeUnknown, KnownMembers.AllSexes);
        return Measure.Derive(band.Value / (all.Value - unknown.Value) * 100, band, all, unknown);
    }

    /// <summary>Headcount index (first year with a value = 100) over the years.</summary>
    public IReadOnlyList<double?> Index(int profession, int territory, IReadOnlyList<int> years)
    {
        var values = years.Select(y => Headcount(profession, territory, y).Value).ToList();
        var baseValue = values.FirstOrDefault(v => v is > 0);
        return [.. values.Select(v => v / baseValue * 100)];
    }

    private Measure Cell(int profession, int territory, int age, int sex) =>
        _cells.TryGetValue((profession, territory, age, sex), out var m) ? m : Measure.Missing;
}
