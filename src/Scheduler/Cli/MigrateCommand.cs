using System.CommandLine;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;

namespace Warehouse.Scheduler.Cli;

/// <summary>`warehouse migrate`: creates the database if needed and applies pending migrations.</summary>
internal static class MigrateCommand
{
    private static readonly Option<bool> DryRun = new("--dry-run")
    {
        Description = "List the pending scripts and change nothing (the database is not created).",
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("migrate", "Create the database if needed and apply every pending migration (one transaction per script).");
        command.Options.Add(DryRun);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var engine = WarehouseEngines.Create(settings);
            var migrator = new Migrator(engine);
            if (parseResult.GetValue(DryRun))
            {
                var pending = await migrator.PendingAsync(cancellationToken);
                await output.WriteLineAsync($"{pending.Count} pending migration(s) on {engine.Name} ({engine.Location}); dry run, nothing changed.");
                foreach (var name in pending)
                {
                    await output.WriteLineAsync($"  {name}");
                }
                return ExitCodes.Success;
            }
            var applied = await migrator.ApplyAsync(cancellationToken);
            await output.WriteLineAsync(applied.Count == 0
                ? $"Database is up to date on {engine.Name} ({engine.Location}); nothing applied."
                : $"Applied {applied.Count} migration(s) on {engine.Name} ({engine.Location}):");
            foreach (var name in applied)
            {
                await output.WriteLineAsync($"  {name}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
