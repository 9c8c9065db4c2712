using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>A KPI tile: the value here, the région and France (missing when not compared), and its change on the same base.</summary>
public sealed record KpiValue(string Label, string Unit, Measure Value, Measure Region, Measure France, ChangeSince Change)
{
    /// <summary>Where the territory ranks (highest first) among its peers.</summary>
    public IReadOnlyList<KpiRank> Ranks { get; init; } = [];
}

/// <summary>A rank: <see cref="Position"/> (1 = highest) out of <see cref="Of"/> territories with a published value, <see cref="Scope"/> ("région", "France", "régions").</summary>
public sealed record KpiRank(int Position, int Of, string Scope);

/// <summary>One line of the table "par profession".</summary>
public sealed record ProfessionLine(
    int ProfessionKey, string Label, string Level, bool IsAggregate,
    Measure Headcount, ChangeSince HeadcountChangeOneYear, ChangeSince HeadcountChange,
    string DensityBase, Measure Density, Measure DensityRegion, Measure DensityFrance, Measure Share60Plus, Measure ShareWomen)
{
    /// <summary>The headcount is below <see cref="TerritoryBriefingBuilder.FewPractitionersBelow"/> in the year or a base year: its changes are fragile.</summary>
    public bool FewPractitioners { get; init; }
}

/// <summary>A series over the years, e.g. the headcount index (first year = 100) of a profession in a territory.</summary>
public sealed record YearSeries(string Name, IReadOnlyList<int> Years, IReadOnlyList<double?> Values);

/// <summary>One small multiple: a profession's headcount index here, in the région and in France.</summary>
public sealed record TrendPanel(string Profession, IReadOnlyList<YearSeries> Series);

/// <summary>Share of one age band in a headcount (percent), here and in France.</summary>
public sealed record AgeBandShare(string AgeBand, Measure Here, Measure France);

/// <summary>Headcount per sector in one year.</summary>
public sealed record SectorYear(int Year, IReadOnlyDictionary<string, Measure> BySector);

/// <summary>Mean fees at tariff and dépassement share of a profession group, here and in France.</summary>
public sealed record FeeComparison(string Group, Measure TariffMean, Measure TariffMeanFrance, Measure ExtraShare, Measure ExtraShareFrance);

/// <summary>Mean prescription amount per practitioner of one poste, here and in France.</summary>
public sealed record PostComparison(string Post, Measure Here, Measure France);

/// <summary>A territory shaded on a map: its code (as in the boundaries) and its value.</summary>
public sealed record MapValue(string DepartementCode, string Label, Measure Value);

/// <summary>The map of a briefing: the départements of its scope, the highlighted one, what is shaded.</summary>
public sealed record MapModel(string Title, string Unit, IReadOnlyList<MapValue> Values, string? Highlight, bool WholeCountry);

/// <summary>
/// What the territory is compared with: its région (null for France, a région, or a DROM, which is its own région) and
/// France (false for France itself). A comparison of a territory with itself is never shown.
/// </summary>
public sealed record Comparisons(string? RegionName, bool WithFrance);

/// <summary>Everything a territory briefing shows, computed from the warehouse; no layout, no database.</summary>
/// <param name="Years">The loaded years up to <see cref="Year"/>; trend charts need two.</param>
/// <param name="ChangeBaseYear">The base year of the changes (the earliest loaded year within five years), null with one year.</param>
/// <param name="PreviousYear">The year before <see cref="Year"/> when it is loaded.</param>
public sealed record TerritoryBriefingModel(
    string TerritoryLabel,
    string TerritoryCode,
    string LevelDescription,
    int Year,
    int FirstYear,
    IReadOnlyList<int> Years,
    int? ChangeBaseYear,
    int? PreviousYear,
    Comparisons Compare,
    IReadOnlyList<KpiValue> Kpis,
    IReadOnlyList<string> Sentences,
    MapModel Map,
    IReadOnlyList<ProfessionLine> Professions,
    IReadOnlyList<TrendPanel> Trends,
    IReadOnlyList<AgeBandShare> DoctorAges,
    IReadOnlyList<SectorYear> DoctorSectors,
    IReadOnlyList<FeeComparison> Fees,
    IReadOnlyList<PostComparison> GpPrescriptions,
    PostComparison? GpPatientsSeen,
    PostComparison? GpReferringPatients,
    BriefingStamp Stamp);
