using System.Globalization;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// fr-FR formatting for everything a report prints: "12 345" (narrow no-break space U+202F between thousands,
/// as .NET's fr-FR does), "77,4", "12 %", "−8 %" (true minus sign), "15 décembre 2025". Never more precision
/// than asked for; null prints as the caller's missing mark.
/// </summary>
public static class FrenchFormat
{
    /// <summary>No-break space (U+00A0), before % and €.</summary>
    public const string NoBreakSpace = "\u00A0";

    /// <summary>Narrow no-break space (U+202F), the fr-FR thousands separator.</summary>
    public const string NarrowNoBreakSpace = "\u202F";

    /// <summary>Minus sign (U+2212), typographically right where "-" is a hyphen.</summary>
    public const string Minus = "\u2212";

    /// <summary>The fr-FR culture every report number and date goes through.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>A number with a fixed count of decimals: Number(12345.67) = "12 346", Number(77.44, 1) = "77,4".</summary>
    public static string Number(double value, int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "−0"
        }
        var text = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);
        return rounded < 0 ? Minus + text : text;
    }

    /// <summary>A count: "12 345".</summary>
    public static string Whole(double value) => Number(value, 0);

    /// <summary>A density or a mean, one decimal: "77,4".</summary>
    public static string OneDecimal(double value) => Number(value, 1);

    /// <summary>A year, without a thousands separator: "2024".</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share already in percent (12.3 → "12 %"), with a no-break space before the sign.</summary>
    public static string Percent(double percent, int decimals = 0) => Number(percent, decimals) + NoBreakSpace + "%";

    /// <summary>A ratio (0.123 → "12 %").</summary>
    public static string PercentOfRatio(double ratio, int decimals = 0) => Percent(ratio * 100, decimals);

    /// <summary>A change in percent with its sign: "+3 %", "−8 %", "0 %".</summary>
    public static string SignedPercent(double percent, int decimals = 0) =>
        (IsPositive(percent, decimals) ? "+" : "") + Percent(percent, decimals);

    /// <summary>A signed number: "+1,2", "−0,4", "0".</summary>
    public static string SignedNumber(double value, int decimals = 0) =>
        (IsPositive(value, decimals) ? "+" : "") + Number(value, decimals);

    /// <summary>Money to the euro, or in k€ / M€ from 10 000 / 1 000 000: "850 €", "12,5 k€", "3,2 M€".</summary>
    public static string Euros(double value) => Math.Abs(value) switch
    {
        >= 1_000_000 => Number(value / 1_000_000, 1) + NoBreakSpace + "M€",
        >= 10_000 => Number(value / 1_000, 1) + NoBreakSpace + "k€",
        _ => Number(value, 0) + NoBreakSpace + "€",
    };

    /// <summary>A date: "15 décembre 2025", "1er mars 2024".</summary>
    public static string Date(DateTime date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture)) + " " + date.ToString("MMMM yyyy", Culture);

    /// <inheritdoc cref="Date(DateTime)"/>
    public static string Date(DateOnly date) => Date(date.ToDateTime(TimeOnly.MinValue));

    /// <inheritdoc cref="Date(DateTime)"/>
    public static string Date(DateTimeOffset date) => Date(date.DateTime);

    /// <summary>A date and time: "15 décembre 2025 à 14:05".</summary>
    public static string DateTime(DateTimeOffset value) =>
        Date(value.DateTime) + " à " + value.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment in Paris time: "28 novembre 2026 à 18:30 (heure de Paris)"; in UTC where the time zone database is missing.</summary>
    public static string ParisDateTime(DateTimeOffset value)
    {
        try
        {
            return DateTime(TimeZoneInfo.ConvertTime(value, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"))) + " (heure de Paris)";
        }
        catch (TimeZoneNotFoundException)
        {
            return DateTime(value.ToUniversalTime()) + " (UTC)";
        }
    }

    private static bool IsPositive(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero) > 0;

    /// <summary>A value or the caller's mark for missing values (e.g. <see cref="CellText.Secret"/>).</summary>
    public static string OrMark(double? value, Func<double, string> format, string missing)
    {
        ArgumentNullException.ThrowIfNull(format);
        return value is { } v ? format(v) : missing;
    }
}
