using System.Globalization;

namespace Warehouse.Scheduler.Web;

/// <summary>How the portal writes dates and sizes: fr-FR, Europe/Paris time.</summary>
public static class FrenchText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly TimeZoneInfo Paris = FindParis();

    /// <summary>"28 novembre 2026" from a stored timestamp or date; the text as given when it is not one.</summary>
    public static string Day(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? TimeZoneInfo.ConvertTime(value, Paris).ToString("d MMMM yyyy", Culture)
            : timestamp ?? "—";

    /// <summary>"28 novembre 2026 à 14:05" (heure de Paris).</summary>
    public static string Moment(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? TimeZoneInfo.ConvertTime(value, Paris).ToString("d MMMM yyyy 'à' HH:mm", Culture)
            : timestamp ?? "—";

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Format(Culture, "{0:N0} Ko", Math.Max(1, bytes / 1024))
        : string.Format(Culture, "{0:N1} Mo", bytes / (1024.0 * 1024));

    public static string Outcome(string? outcome) => outcome switch
    {
        "succeeded" => "réussi",
        "failed" => "échoué",
        "rejected" => "refusé",
        "interrupted" => "interrompu",
        "running" => "en cours",
        "up_to_date" => "déjà à jour",
        null => "—",
        _ => outcome,
    };

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
