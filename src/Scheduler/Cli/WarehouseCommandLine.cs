using System.CommandLine;
using System.CommandLine.Help;

namespace Warehouse.Scheduler.Cli;

/// <summary>The `warehouse` command: its verbs, and the mapping of parse errors to exit code 2.</summary>
internal static class WarehouseCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var context = new CommandContext(output, error, workingDirectory);
        var root = new RootCommand("Warehouse: the data.ameli.fr \"Professionnels de santé libéraux\" warehouse and report server.");
        root.Options.Add(ConnectionOptions.Engine);
        root.Options.Add(ConnectionOptions.Connection);
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(LoadCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(GrantReaderCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(UserCommand.Create(context));
        root.Subcommands.Add(SubscriptionCommand.Create(context));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
        {
            await error.WriteLineAsync($"Invalid arguments: {parseResult.Errors[0].Message} Run `warehouse --help` for usage.");
            foreach (var extra in parseResult.Errors.Skip(1))
            {
                await error.WriteLineAsync(extra.Message);
            }
            return ExitCodes.BadInput;
        }
        // Ctrl+C or SIGTERM cancels the command, which then cleans up (temporary downloads, the load lock) before exiting.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
        return await parseResult.InvokeAsync(configuration);
    }
}
