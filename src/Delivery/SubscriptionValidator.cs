using Cronos;
using MimeKit;
using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Delivery.Reporting;
using Warehouse.Reports.Catalogue;
using Warehouse.Reports.Data;

namespace Warehouse.Delivery;

/// <summary>
/// Checks a <see cref="SubscriptionRequest"/> completely at `add` time, against the warehouse too (a territory typo fails
/// here with the catalogue's suggestion, not at 7 a.m. in a job), and returns it with canonical values.
/// </summary>
internal static class SubscriptionValidator
{
    public const string DefaultTimeZone = "Europe/Paris";
    private const int MaxNameLength = 100;

    public static async Task<Subscription> ValidateAsync(SubscriptionRequest request, IWarehouseEngine engine, DeliveryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Name(request.Name);
        var formats = request.Formats.Count == 0 ? ["pdf"] : request.Formats.Select(f => f.Trim().ToLowerInvariant()).Distinct().ToList();
        var orders = formats.Select(format => ReportOrder.Create(request.Report, request.Parameters, format)).ToList();
        var parameters = await CanonicalParametersAsync(orders[0], engine, cancellationToken);
        var (cron, zone) = Schedule(request);
        if (cron is not null)
        {
            CheckInterval(cron, zone!, options.MinInterval);
        }
        var channel = request.Channel?.Trim().ToLowerInvariant() switch
        {
            Subscription.EmailChannel => Subscription.EmailChannel,
            Subscription.FolderChannel => Subscription.FolderChannel,
            _ => throw new WarehouseException($"Unknown channel \"{request.Channel}\": use email or folder.", isUserError: true),
        };
        var recipients = Recipients(channel, request.Recipients, options);
        return new Subscription(0, name, orders[0].Report, parameters, orders.Select(o => o.Format).ToList(), cron, zone, request.AfterLoad,
            channel, recipients, "", null);
    }

    /// <summary>Letters, digits, spaces, dots, dashes and underscores: a name appears in URLs, logs and job names.</summary>
    private static string Name(string? value)
    {
        var name = value?.Trim() ?? "";
        if (name.Length == 0 || name.Length > MaxNameLength || !name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_'))
        {
            throw new WarehouseException(
                $"The subscription name \"{value}\" is not valid: 1 to {MaxNameLength} letters, digits, spaces, dots, dashes or underscores.", isUserError: true);
        }
        return name;
    }

    /// <summary>The territory as its code (R53, 2A, FR), professions as their published label, the year as asked (it must be loaded).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> CanonicalParametersAsync(ReportOrder order, IWarehouseEngine engine, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        var dimensions = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        var canonical = new SortedDictionary<string, string>(order.Parameters.ToDictionary(), StringComparer.Ordinal);
        if (order["code"] is { } code)
        {
            canonical["code"] = TerritoryParameter.Code(TerritoryParameter.Resolve(code, dimensions));
        }
        foreach (var key in new[] { "profession", "map-profession" })
        {
            if (order[key] is { } profession)
            {
                canonical[key] = ProfessionParameter.Resolve(profession, dimensions).Label;
            }
        }
        if (order.Year is { } year)
        {
            YearParameter.Resolve(year, await new ReportQueries(connection).LoadedYearsAsync());
        }
        return canonical;
    }

    private static (string? Cron, string? TimeZone) Schedule(SubscriptionRequest request)
    {
        var cron = string.IsNullOrWhiteSpace(request.Cron) ? null : request.Cron.Trim();
        if ((cron is null) == !request.AfterLoad)
        {
            throw new WarehouseException("Give a schedule: either a cron expression or \"after each load\", not both.", isUserError: true);
        }
        if (cron is null)
        {
            return (null, null);
        }
        ParseCron(cron);
        var zoneId = string.IsNullOrWhiteSpace(request.TimeZone) ? DefaultTimeZone : request.TimeZone.Trim();
        return (cron, FindTimeZone(zoneId).Id);
    }

    /// <summary>Two deliveries of the schedule, over the coming year, are never closer than <paramref name="minimum"/>.</summary>
    private static void CheckInterval(string cron, string zone, TimeSpan minimum)
    {
        var from = DateTime.UtcNow;
        var occurrences = ParseCron(cron).GetOccurrences(from, from.AddDays(366), FindTimeZone(zone)).Take(1000).ToList();
        var shortest = occurrences.Zip(occurrences.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.MaxValue).Min();
        if (shortest < minimum)
        {
            throw new WarehouseException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The cron expression \"{cron}\" delivers every {Describe(shortest)}: at most once every {Describe(minimum)} (Warehouse:Delivery:MinIntervalSeconds)."), isUserError: true);
        }
    }

    private static string Describe(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalHours:0.##} h")
        : span.TotalMinutes >= 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.##} min")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.##} s");

    /// <summary>5 fields (minute first), or 6 with seconds first.</summary>
    public static CronExpression ParseCron(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            return fields switch
            {
                5 => CronExpression.Parse(cron, CronFormat.Standard),
                6 => CronExpression.Parse(cron, CronFormat.IncludeSeconds),
                _ => throw new CronFormatException($"it has {fields} fields"),
            };
        }
        catch (CronFormatException e)
        {
            throw new WarehouseException(
                $"The cron expression \"{cron}\" is not valid ({e.Message}): use 5 fields (minute hour day month weekday, e.g. \"0 7 * * 1\") or 6 with seconds first.",
                isUserError: true, e);
        }
    }

    public static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            if (zone.HasIanaId)
            {
                return zone;
            }
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Reported below, with the expected form.
        }
        throw new WarehouseException($"Unknown time zone \"{id}\": use an IANA id such as Europe/Paris or America/Cayenne.", isUserError: true);
    }

    private static List<string> Recipients(string channel, IReadOnlyList<string> given, DeliveryOptions options)
    {
        var recipients = new List<string>();
        foreach (var value in given.Select(r => r?.Trim() ?? "").Where(r => r.Length > 0))
        {
            recipients.Add(channel == Subscription.EmailChannel ? Address(value) : FolderName(value, options));
        }
        if (recipients.Count > options.MaxRecipients)
        {
            throw new WarehouseException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{recipients.Count} recipients: at most {options.MaxRecipients} (Warehouse:Delivery:MaxRecipients); send to a list address instead."), isUserError: true);
        }
        if (recipients.Count == 0)
        {
            throw new WarehouseException(channel == Subscription.EmailChannel ? "Give at least one e-mail address." : "Give at least one delivery folder name.", isUserError: true);
        }
        return recipients.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string Address(string value)
    {
        if (MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address.Count(c => c == '@') == 1
            && mailbox.Address.Split('@') is [{ Length: > 0 }, { Length: > 0 } domain] && !domain.StartsWith('.') && !domain.EndsWith('.'))
        {
            return mailbox.Address;
        }
        throw new WarehouseException($"\"{value}\" is not an e-mail address.", isUserError: true);
    }

    private static string FolderName(string value, DeliveryOptions options)
    {
        var match = options.Folders.Keys.FirstOrDefault(name => string.Equals(name, value, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new WarehouseException(
            $"No delivery folder is named \"{value}\": " + (options.Folders.Count == 0
                ? "none is configured (Warehouse:Delivery:Folders:<name> = path)."
                : $"use {string.Join(", ", options.Folders.Keys.Order(StringComparer.Ordinal))} (configured under Warehouse:Delivery:Folders)."),
            isUserError: true);
    }
}
