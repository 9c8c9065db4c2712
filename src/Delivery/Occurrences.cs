using System.Globalization;

namespace Warehouse.Delivery;

/// <summary>
/// Names of occurrences, the unit of "exactly once": "cron:&lt;UTC time of the cron occurrence&gt;", "load:&lt;run id&gt;",
/// "manual:&lt;UTC time of the request&gt;". Every instance and every retry computes the same name for the same occurrence.
/// </summary>
public static class Occurrences
{
    private static readonly TimeSpan[] Lookbacks =
        [TimeSpan.FromMinutes(2), TimeSpan.FromHours(2), TimeSpan.FromDays(2), TimeSpan.FromDays(32), TimeSpan.FromDays(367), TimeSpan.FromDays(4 * 366 + 1)];

    public static string AfterLoad(long loadRunId) => "load:" + loadRunId.ToString(CultureInfo.InvariantCulture);

    public static string Manual(DateTimeOffset requestedAt) => "manual:" + Utc(requestedAt, withMilliseconds: true);

    /// <summary>The latest occurrence of the cron at or before <paramref name="jobCreatedAt"/> (the recurring job fires just after it).</summary>
    public static string Cron(string cron, string timeZone, DateTimeOffset jobCreatedAt)
    {
        var expression = SubscriptionValidator.ParseCron(cron);
        var zone = SubscriptionValidator.FindTimeZone(timeZone);
        var to = jobCreatedAt.UtcDateTime;
        foreach (var lookback in Lookbacks)
        {
            // Cronos only looks forward: the last occurrence of a window ending at the job's creation, widening the window until one is found.
            var last = expression.GetOccurrences(to - lookback, to, zone, fromInclusive: true, toInclusive: true).Select(d => (DateTime?)d).LastOrDefault();
            if (last is { } found)
            {
                return "cron:" + Utc(new DateTimeOffset(found, TimeSpan.Zero), withMilliseconds: false);
            }
        }
        return "cron:" + Utc(jobCreatedAt, withMilliseconds: false);
    }

    /// <summary>The occurrence as a file-name part: "cron-2026-11-30T06-00-00Z".</summary>
    public static string FileTag(string occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var chars = occurrence.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Utc(DateTimeOffset value, bool withMilliseconds) =>
        value.UtcDateTime.ToString(withMilliseconds ? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
