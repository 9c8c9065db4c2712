using System.CommandLine;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Delivery;
using Warehouse.Delivery.Reporting;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Cli;

/// <summary>`warehouse subscription add|list|remove|run-now`: the subscriptions stored in the warehouse, which a running server schedules.</summary>
internal static class SubscriptionCommand
{
    private static readonly Option<string> Name = new("--name") { Description = "Name of the subscription (letters, digits, spaces, . - _).", Required = true };

    public static Command Create(CommandContext context)
    {
        var command = new Command("subscription", "Briefings delivered by e-mail or to a folder, on a schedule or after each load that brought new data.");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Remove(context));
        command.Subcommands.Add(RunNow(context));
        return command;
    }

    private static Command Add(CommandContext context)
    {
        var report = new Option<string>("--report") { Description = "territory or profession.", Required = true };
        var code = new Option<string?>("--code") { Description = "territory: FR, R<région code> (e.g. R53) or a département code (e.g. 2A)." };
        var year = new Option<int?>("--year") { Description = "Year of the briefing. Default: the latest loaded year when delivered." };
        var mapProfession = new Option<string?>("--map-profession") { Description = "territory: profession whose density shades the map." };
        var profession = new Option<string?>("--profession") { Description = "profession: a profession label as published (e.g. \"Infirmiers\")." };
        var format = new Option<string[]>("--format") { Description = "pdf (default) or xlsx (territory only); repeat for both." };
        var cron = new Option<string?>("--cron") { Description = "When to deliver: a cron expression, 5 fields (\"0 7 * * 1\": Mondays 07:00) or 6 with seconds first." };
        var timeZone = new Option<string?>("--time-zone") { Description = $"IANA time zone of --cron (default {SubscriptionValidator.DefaultTimeZone})." };
        var afterLoad = new Option<bool>("--after-load") { Description = "Deliver after each load that brought new data (instead of --cron)." };
        var email = new Option<string[]>("--email") { Description = "An e-mail address to deliver to; repeat for several." };
        var folder = new Option<string[]>("--folder") { Description = "Name of a delivery folder configured under Warehouse:Delivery:Folders:<name>; repeat for several." };
        var add = new Command("add", "Add a subscription (checked against the warehouse: territory, profession, year).");
        foreach (var option in new Option[] { Name, report, code, year, mapProfession, profession, format, cron, timeZone, afterLoad, email, folder })
        {
            add.Options.Add(option);
        }
        add.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var emails = parseResult.GetValue(email) ?? [];
            var folders = parseResult.GetValue(folder) ?? [];
            if ((emails.Length > 0) == (folders.Length > 0))
            {
                throw new WarehouseException("Give the recipients: --email addresses or --folder names, not both.", isUserError: true);
            }
            var request = new SubscriptionRequest
            {
                Name = parseResult.GetValue(Name)!,
                Report = parseResult.GetValue(report)!,
                Parameters = new Dictionary<string, string?>
                {
                    ["code"] = parseResult.GetValue(code),
                    ["year"] = parseResult.GetValue(year)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["map-profession"] = parseResult.GetValue(mapProfession),
                    ["profession"] = parseResult.GetValue(profession),
                }.Where(p => p.Value is not null).ToDictionary(),
                Formats = parseResult.GetValue(format) ?? [],
                Cron = parseResult.GetValue(cron),
                TimeZone = parseResult.GetValue(timeZone),
                AfterLoad = parseResult.GetValue(afterLoad),
                Channel = emails.Length > 0 ? Subscription.EmailChannel : Subscription.FolderChannel,
                Recipients = emails.Length > 0 ? emails : folders,
            };
            var (store, _) = await OpenAsync(context, parseResult, settings, cancellationToken);
            var added = await store.AddAsync(request, Environment.UserName, cancellationToken);
            await SubscriptionPrinter.PrintAddedAsync(added, output);
            return ExitCodes.Success;
        }));
        return add;
    }

    private static Command List(CommandContext context)
    {
        var list = new Command("list", "List the subscriptions.");
        list.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var (store, _) = await OpenAsync(context, parseResult, settings, cancellationToken);
            await SubscriptionPrinter.PrintListAsync(await store.ListAsync(cancellationToken), output);
            return ExitCodes.Success;
        }));
        return list;
    }

    private static Command Remove(CommandContext context)
    {
        var remove = new Command("remove", "Remove a subscription (its delivery log and archived files stay).");
        remove.Options.Add(Name);
        remove.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var (store, _) = await OpenAsync(context, parseResult, settings, cancellationToken);
            var name = parseResult.GetValue(Name)!;
            if (!await store.RemoveAsync(name, cancellationToken))
            {
                throw new WarehouseException($"No subscription is named \"{name}\".", isUserError: true);
            }
            await output.WriteLineAsync($"Removed subscription \"{name}\".");
            return ExitCodes.Success;
        }));
        return remove;
    }

    private static Command RunNow(CommandContext context)
    {
        var runNow = new Command("run-now", "Render and deliver a subscription now, from this process (occurrence manual:<time>).");
        runNow.Options.Add(Name);
        runNow.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var (store, delivery) = await OpenAsync(context, parseResult, settings, cancellationToken);
            var name = parseResult.GetValue(Name)!;
            var subscription = await store.FindAsync(name, cancellationToken)
                ?? throw new WarehouseException($"No subscription is named \"{name}\".", isUserError: true);
            var report = await delivery.DeliverAsync(subscription, Occurrences.Manual(DateTimeOffset.UtcNow), finalAttempt: true, cancellationToken);
            await SubscriptionPrinter.PrintDeliveryAsync(report, output);
            if (!report.Complete)
            {
                throw new WarehouseException(
                    $"Subscription \"{name}\": {report.Recipients.Count(r => r.Pending)} of {report.Recipients.Count} deliveries failed: "
                    + string.Join("; ", report.Recipients.Where(r => r.Pending).Select(r => $"{r.Recipient}: {r.Detail}")), isUserError: false);
            }
            return ExitCodes.Success;
        }));
        return runNow;
    }

    /// <summary>The store and the delivery service on the migrated warehouse, configured as `warehouse serve` would be.</summary>
    private static async Task<(SubscriptionStore Store, SubscriptionDelivery Delivery)> OpenAsync(
        CommandContext context, ParseResult parseResult, WarehouseSettings settings, CancellationToken cancellationToken)
    {
        var engine = WarehouseEngines.Create(settings);
        await new Migrator(engine).EnsureUpToDateAsync(cancellationToken);
        IConfiguration configuration = context.Configuration(parseResult);
        var options = DeliveryOptions.Read(configuration, context.WorkingDirectory);
        var serverOptions = ServerOptions.Read(configuration, context.WorkingDirectory);
        var delivery = new SubscriptionDelivery(engine, new ReportRenderer(engine), new ReportArchive(engine, serverOptions.ArchiveDirectory), new DeliveryJournal(engine),
            options, new SmtpSender(options), new FolderSender(options));
        return (new SubscriptionStore(engine, options), delivery);
    }
}
