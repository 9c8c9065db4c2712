using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>
/// A change in percent of one measure (<see cref="Measured"/>: "densité" or "effectif") since <see cref="BaseYear"/>.
/// With no earlier year loaded, <see cref="BaseYear"/> is null and the value missing: a report prints no change then.
/// </summary>
public sealed record ChangeSince(Measure Value, int? BaseYear, string Measured)
{
    /// <summary>No change is shown (the figure has none, e.g. a share).</summary>
    public static ChangeSince None { get; } = new(Measure.Missing, null, "");

    /// <summary>The figure has a change, but no base year is loaded.</summary>
    public bool LacksBaseYear => BaseYear is null && Measured.Length > 0;
}
