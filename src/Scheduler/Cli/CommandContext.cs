using System.CommandLine;
using Warehouse.Core;

namespace Warehouse.Scheduler.Cli;

/// <summary>Runs a verb's body with resolved settings and turns failures into one sentence on stderr and an exit code.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, string workingDirectory)
{
    public TextWriter Output { get; } = output;

    public async Task<int> RunAsync(ParseResult parseResult, Func<WarehouseSettings, TextWriter, Task<int>> body)
    {
        try
        {
            var configuration = SettingsResolver.BuildConfiguration(parseResult, workingDirectory);
            var settings = SettingsResolver.Resolve(configuration, workingDirectory);
            return await body(settings, Output);
        }
        catch (WarehouseException e)
        {
            await error.WriteLineAsync(e.Message);
            return e.IsUserError ? ExitCodes.BadInput : ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failure;
        }
    }
}
