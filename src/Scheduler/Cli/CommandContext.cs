using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Warehouse.Core;

namespace Warehouse.Scheduler.Cli;

/// <summary>Runs a verb's body with resolved settings and turns failures into one sentence on stderr and an exit code.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, string workingDirectory)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public string WorkingDirectory { get; } = workingDirectory;

    public IConfiguration Configuration(ParseResult parseResult) => SettingsResolver.BuildConfiguration(parseResult, WorkingDirectory);

    /// <summary>Runs a verb that needs no warehouse (e.g. `sample`), with the same error handling.</summary>
    public Task<int> RunWithoutWarehouseAsync(Func<TextWriter, Task<int>> body) => GuardAsync(() => body(Output));

    public Task<int> RunAsync(ParseResult parseResult, Func<WarehouseSettings, TextWriter, Task<int>> body) =>
        GuardAsync(() => body(SettingsResolver.Resolve(Configuration(parseResult), WorkingDirectory), Output));

    private async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (WarehouseException e)
        {
            await Error.WriteLineAsync(e.Message);
            return e.IsUserError ? ExitCodes.BadInput : ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await Error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failure;
        }
    }
}
