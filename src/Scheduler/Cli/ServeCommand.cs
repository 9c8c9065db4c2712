using System.CommandLine;
using Warehouse.Core;
using Warehouse.Scheduler.Server;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Cli;

/// <summary>`warehouse serve`: the report server (portal, API, Hangfire dashboard and jobs) until Ctrl+C.</summary>
internal static class ServeCommand
{
    private static readonly Option<bool> Demo = new("--demo")
    {
        Description = "Run on a separate demo warehouse (SQLite under data/demo), filled from the small synthetic sample the first time; no network needed. The dashboard is open to this machine.",
    };

    private static readonly Option<string> DemoDirectory = new("--demo-directory")
    {
        Description = "Folder of the demo warehouse, its sample, history and outbox.",
        HelpName = "dir",
        DefaultValueFactory = _ => DemoWarehouse.DefaultDirectory,
    };

    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = $"Addresses to listen on, e.g. http://0.0.0.0:8080 (default {ServerHost.DefaultUrl}; also ASPNETCORE_URLS or the urls setting).",
        HelpName = "urls",
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("serve", "Run the report server: portal, JSON API (/api, OpenAPI at /openapi/v1.json), Hangfire dashboard (/hangfire), scheduled loads and deliveries, /health.");
        command.Options.Add(Demo);
        command.Options.Add(DemoDirectory);
        command.Options.Add(Urls);
        command.SetAction((parseResult, cancellationToken) => context.RunWithoutWarehouseAsync(async _ =>
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
            var request = new ServeRequest(context.WorkingDirectory, parseResult.GetValue(Urls), parseResult.GetValue(Demo), parseResult.GetValue(DemoDirectory)!, overrides);
            await using var app = await ServerHost.BuildAsync(request, cancellationToken);
            try
            {
                await app.RunAsync(cancellationToken);
            }
            catch (IOException e)
            {
                throw new WarehouseException($"Cannot listen: {e.Message}", isUserError: true, e);
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
