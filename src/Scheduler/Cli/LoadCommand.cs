using System.CommandLine;
using Spectre.Console;
using Warehouse.Core.Engines;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Cli;

/// <summary>`warehouse load`: loads the datasets from a folder, a file, or the data.ameli Explore API.</summary>
internal static class LoadCommand
{
    private static readonly Option<string?> From = new("--from")
    {
        Description = "A folder of CSV exports, one CSV file, or the base URL of an Explore API v2.1 (e.g. a mirror; a bare host gets /api/explore/v2.1/). Default: Warehouse:Source:BaseUrl, else data.ameli.fr.",
        HelpName = "path|url",
    };

    private static readonly Option<string[]> Dataset = new("--dataset")
    {
        Description = "Only these datasets (short name or data.ameli id); repeatable. Default: all seven.",
        HelpName = "id",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<bool> Force = new("--force")
    {
        Description = "Reload even when the release is unchanged.",
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("load", "Load the data.ameli datasets into the warehouse: validated, atomic per dataset, audited.");
        command.Options.Add(From);
        command.Options.Add(Dataset);
        command.Options.Add(Force);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var configuration = context.Configuration(parseResult);
            var engine = WarehouseEngines.Create(settings);
            await new Core.Migrations.Migrator(engine).ApplyPendingAsync(cancellationToken);
            var options = new LoadOptions
            {
                Force = parseResult.GetValue(Force),
                Datasets = parseResult.GetValue(Dataset) ?? [],
                LockTimeout = TimeSpan.FromSeconds(configuration.GetValue("Warehouse:Load:LockTimeoutSeconds", 30)),
            };
            var from = parseResult.GetValue(From);
            Task<LoadRunResult> Run(ILoadReporter reporter)
            {
                var service = new LoadService(engine, options, reporter);
                return from is null || from.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || from.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    ? ExploreApiSettings.LoadAsync(service, configuration, from, LoadTrigger.Cli, cancellationToken)
                    : service.LoadPathAsync(from, LoadTrigger.Cli, cancellationToken);
            }
            // A live progress bar on a terminal; plain progress lines when the output is redirected (logs, CI, tests).
            var run = Console.IsOutputRedirected || output != Console.Out
                ? await Run(new ConsoleLoadReporter(output))
                : await AnsiConsole.Progress().AutoClear(false).StartAsync(context => Run(new ProgressLoadReporter(context)));
            await LoadSummaryPrinter.PrintAsync(run, output, context.Error);
            return run.ExitCode;
        }));
        return command;
    }
}
