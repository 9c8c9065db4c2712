using System.CommandLine;
using Warehouse.Core.Engines;
using Warehouse.Core.Status;

namespace Warehouse.Scheduler.Cli;

/// <summary>`warehouse status`: engine, location, migrations, rows per fact table, last load.</summary>
internal static class StatusCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("status", "Show the engine, the database location, applied migrations, rows per fact table and the last load.");
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var engine = WarehouseEngines.Create(settings);
            var status = await WarehouseStatusReader.ReadAsync(engine, cancellationToken);
            await StatusPrinter.PrintAsync(status, output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
