using Warehouse.Reports.Data;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings;

/// <summary>A measure as printed: formatted when published, "s" when secret (NS), "–" when not applicable (NC), "nd" when not available.</summary>
internal static class MeasureText
{
    public static string Of(Measure measure, Func<double, string> format) =>
        measure.Value is { } value ? format(value) : measure.IsSecret ? CellText.Secret : measure.IsNotApplicable ? CellText.NotApplicable : CellText.Absent;

    public static string Density(Measure measure) => Of(measure, FrenchFormat.OneDecimal);

    public static string Count(Measure measure) => Of(measure, FrenchFormat.Whole);

    public static string Percent(Measure measure) => Of(measure, v => FrenchFormat.Percent(v));

    public static string Change(Measure measure) => Of(measure, v => FrenchFormat.SignedPercent(v));

    public static string Euros(Measure measure) => Of(measure, FrenchFormat.Euros);
}
