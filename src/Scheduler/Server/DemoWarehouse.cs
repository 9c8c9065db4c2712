using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Delivery.Reporting;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Sample;
using Warehouse.Scheduler.Jobs;

namespace Warehouse.Scheduler.Server;

/// <summary>
/// `warehouse serve --demo`: a separate SQLite warehouse under data/demo, filled from the small synthetic sample the first
/// time (no network needed). Everything it renders says "données synthétiques". refresh-warehouse reloads the same sample.
/// </summary>
internal static partial class DemoWarehouse
{
    public const string DefaultDirectory = "data/demo";
    public const string OutboxFolderName = "demo-outbox";

    public static string SampleDirectory(string demoDirectory) => Path.Combine(demoDirectory, "sample");

    public static WarehouseSettings Settings(string demoDirectory) =>
        new(EngineKind.Sqlite, $"Data Source={Path.Combine(demoDirectory, "warehouse-demo.db")}");

    /// <summary>The configuration the demo sets unless the user set it: its own folders, and the dashboard open to this machine only.</summary>
    public static Dictionary<string, string?> Configuration(string demoDirectory) => new()
    {
        ["Warehouse:Refresh:Folder"] = SampleDirectory(demoDirectory),
        ["Warehouse:Archive:Directory"] = Path.Combine(demoDirectory, "archive"),
        [$"Warehouse:Delivery:Folders:{OutboxFolderName}"] = Path.Combine(demoDirectory, "outbox"),
        ["Warehouse:Auth:AnonymousLoopbackRole"] = Auth.Roles.Operator,
        ["Warehouse:Jobs:PollIntervalSeconds"] = "2",
        // The demo's own subscription delivers every 10 minutes, to be watched.
        ["Warehouse:Delivery:MinIntervalSeconds"] = "600",
        // Only names of this machine: a hostile page behind a rebound DNS name gets 400 (set AllowedHosts to serve others).
        ["AllowedHosts"] = "localhost;127.0.0.1;[::1]",
    };

    public static async Task EnsureFilledAsync(string demoDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var engine = WarehouseEngines.Create(Settings(demoDirectory));
        ServiceFiles.CreateDirectory(demoDirectory);
        await new Migrator(engine).ApplyAsync(cancellationToken);
        if (await HasDataAsync(engine, cancellationToken))
        {
            return;
        }
        var sample = SampleDirectory(demoDirectory);
        if (!File.Exists(Path.Combine(sample, Loader.Loading.SyntheticData.MarkerFileName)))
        {
            Filling(logger, sample);
            await SampleGenerator.GenerateAsync(new SampleOptions(sample, SampleScale.Small), ct: cancellationToken);
        }
        var run = await new LoadService(engine, new LoadOptions(), new LoggingLoadReporter(logger)).LoadPathAsync(sample, LoadTrigger.Cli, cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new WarehouseException($"The demo warehouse could not be filled from {sample}: load run {run.RunId} {run.Outcome}.", isUserError: false);
        }
    }

    /// <summary>
    /// A first subscription, so that a scheduled delivery can be watched: Corse every 10 minutes into data/demo/outbox. A
    /// configuration that refuses it (a longer Warehouse:Delivery:MinIntervalSeconds) is said in the log; the demo still starts.
    /// </summary>
    public static async Task SeedSubscriptionAsync(Delivery.SubscriptionStore subscriptions, ILogger logger, CancellationToken cancellationToken)
    {
        if ((await subscriptions.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }
        try
        {
            await subscriptions.AddAsync(DemoSubscription(), "demo", cancellationToken);
        }
        catch (WarehouseException e) when (e.IsUserError)
        {
            SubscriptionRefused(logger, e.Message);
        }
    }

    private static Delivery.SubscriptionRequest DemoSubscription() => new()
    {
        Name = "Démo - Corse toutes les 10 minutes",
        Report = "territory",
        Parameters = new Dictionary<string, string?> { ["code"] = "R94" },
        Formats = ["pdf"],
        Cron = "*/10 * * * *",
        TimeZone = "Europe/Paris",
        Channel = Delivery.Subscription.FolderChannel,
        Recipients = [OutboxFolderName],
    };

    private static async Task<bool> HasDataAsync(IWarehouseEngine engine, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        return Convert.ToInt64(await Core.Sql.DbCommands.ScalarAsync(connection, "SELECT COUNT(*) FROM etl_dataset_release"), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo: the demo subscription was not created: {Reason}")]
    private static partial void SubscriptionRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: writing the small synthetic sample to {Directory}, then loading it")]
    private static partial void Filling(ILogger logger, string directory);
}
