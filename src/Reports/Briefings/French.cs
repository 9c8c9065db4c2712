using System.Globalization;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>fr-FR formatting of report numbers: never more precision than the data has.</summary>
public static class French
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>A count: "12 345".</summary>
    public static string Whole(double value) => Math.Round(value).ToString("N0", Culture);

    /// <summary>A density or mean: "77,4".</summary>
    public static string OneDecimal(double value) => value.ToString("N1", Culture);

    /// <summary>A share or change in percent: "12 %".</summary>
    public static string Percent(double value) => $"{Math.Round(value).ToString("N0", Culture)}\u00A0%";

    /// <summary>A signed change in percent: "+3 %", "−8 %".</summary>
    public static string SignedPercent(double value)
    {
        var rounded = Math.Round(value);
        return rounded switch
        {
            > 0 => $"+{rounded.ToString("N0", Culture)}\u00A0%",
            < 0 => $"\u2212{Math.Abs(rounded).ToString("N0", Culture)}\u00A0%",
            _ => "0\u00A0%",
        };
    }

    /// <summary>A date: "15 décembre 2025".</summary>
    public static string Date(DateTimeOffset value) => value.ToString("d MMMM yyyy", Culture);

    /// <summary>A measure as a table cell: "s" when secret, "–" when not applicable or missing.</summary>
    public static string Cell(Measure measure, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return measure.Value is { } v ? format(v) : measure.IsSecret ? "s" : "\u2013";
    }
}
