using Warehouse.Delivery.Reporting;

namespace Warehouse.Delivery;

/// <summary>
/// A stored subscription: a briefing (report, canonical parameters, one or more formats) delivered on a cron schedule in a
/// time zone, or after each load that brought new data, to e-mail addresses or to named delivery folders.
/// </summary>
public sealed record Subscription(
    long Id,
    string Name,
    string Report,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Formats,
    string? Cron,
    string? TimeZone,
    bool AfterLoad,
    string Channel,
    IReadOnlyList<string> Recipients,
    string CreatedAt,
    string? CreatedBy)
{
    public const string EmailChannel = "email";
    public const string FolderChannel = "folder";

    /// <summary>The Hangfire recurring job of a cron subscription.</summary>
    public string RecurringJobId => RecurringJobPrefix + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string RecurringJobPrefix = "subscription-";

    public IEnumerable<ReportOrder> Orders => Formats.Select(format => new ReportOrder(Report, Parameters, format));

    /// <summary>"0 7 * * 1 (Europe/Paris)" or "after each load with new data".</summary>
    public string ScheduleText => AfterLoad ? "after each load with new data" : $"{Cron} ({TimeZone})";
}
