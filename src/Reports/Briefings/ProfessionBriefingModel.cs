using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>One bar of an age pyramid: women and men of an age band.</summary>
public sealed record PyramidBar(string AgeBand, Measure Women, Measure Men);

/// <summary>A département in a ranking.</summary>
public sealed record RankedTerritory(int Rank, string Code, string Label, double Value);

/// <summary>Fees of a profession in one year, France.</summary>
public sealed record FeeYear(int Year, Measure TariffMean, Measure ExtraMean, Measure ExtraShare);

/// <summary>Everything a profession briefing shows, computed from the warehouse; no layout, no database.</summary>
public sealed record ProfessionBriefingModel(
    string ProfessionLabel,
    string ProfessionGroup,
    int Year,
    int FirstYear,
    IReadOnlyList<KpiValue> Kpis,
    MapModel Map,
    IReadOnlyList<RankedTerritory> Highest,
    IReadOnlyList<RankedTerritory> Lowest,
    YearSeries NationalHeadcount,
    YearSeries NationalDensity,
    IReadOnlyList<TrendPanel> Regions,
    IReadOnlyList<PyramidBar> Pyramid,
    IReadOnlyList<SectorYear> Sectors,
    IReadOnlyList<SectorYear> PracticeTypes,
    IReadOnlyList<FeeYear> Fees,
    IReadOnlyList<PostComparison> Prescriptions,
    IReadOnlyList<YearSeries> Patients,
    BriefingStamp Stamp)
{
    /// <summary>The profession's short label (running header).</summary>
    public string ShortLabel { get; init; } = ProfessionLabel;
}
