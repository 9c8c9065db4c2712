using System.CommandLine;
using System.Data.Common;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Cli;

/// <summary>Runs a verb's body with resolved settings and turns failures into one sentence on stderr and an exit code.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, string workingDirectory)
{
    private const int SqliteReadOnly = 8;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>
    /// Reads the warehouse settings the ASP.NET way: appsettings.json, then environment
    /// (Warehouse__Engine, ConnectionStrings__Warehouse), then the command line (--engine, --connection).
    /// </summary>
    public IConfiguration Configuration(ParseResult parseResult)
    {
        var overrides = new Dictionary<string, string?>();
        if (parseResult.GetValue(ConnectionOptions.Engine) is { } engine)
        {
            overrides[SettingsResolver.EngineKey] = engine;
        }
        if (parseResult.GetValue(ConnectionOptions.Connection) is { } connection)
        {
            overrides[SettingsResolver.ConnectionKey] = connection;
        }
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(WorkingDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    /// <summary>Runs a verb that needs no warehouse (e.g. `sample`), with the same error handling.</summary>
    public Task<int> RunWithoutWarehouseAsync(Func<TextWriter, Task<int>> body) => GuardAsync(() => body(Output), () => null);

    public Task<int> RunAsync(ParseResult parseResult, Func<WarehouseSettings, TextWriter, Task<int>> body)
    {
        WarehouseSettings? settings = null;
        return GuardAsync(() => body(settings = SettingsResolver.Resolve(Configuration(parseResult), WorkingDirectory), Output), () => settings);
    }

    private async Task<int> GuardAsync(Func<Task<int>> body, Func<WarehouseSettings?> settings)
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
        catch (DbException e)
        {
            // A query the database refused (a read-only file, a permission, a server going away): one sentence naming the
            // warehouse (engine and location, never the connection string), not a stack trace.
            await Error.WriteLineAsync($"The {WarehouseName(settings())} failed: {e.Message}{Hint(e)}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await Error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failure;
        }
    }

    /// <summary>SQLite answers "readonly database" to a reader who may read the file but not create its -wal/-shm files beside it.</summary>
    private static string Hint(DbException error) => error is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteReadOnly }
        ? " A reader of the SQLite warehouse must be able to create the -wal and -shm files in its folder."
        : "";

    private static string WarehouseName(WarehouseSettings? settings)
    {
        if (settings is null)
        {
            return "warehouse";
        }
        var engine = WarehouseEngines.Create(settings);
        return $"{engine.Name} warehouse {engine.Location}";
    }
}
