using Warehouse.Core;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// One load at a time on PostgreSQL (a session advisory lock): held, it stops another process; released — by the end of
/// an in-process load, as in the long-running scheduler — it must stop nobody.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class PostgresLoadLockTests(PostgresServer server, LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(1);
    private static readonly Dictionary<string, string?> OneSecondWait = new() { ["Warehouse__Load__LockTimeoutSeconds"] = "1" };

    [SkippableFact]
    public async Task LoadCli_FailsSayingAnotherLoadRuns_WhileTheLockIsHeld()
    {
        var warehouse = await MigratedAsync();
        var held = await LoadLock.AcquireAsync(warehouse.CreateEngine(), TimeSpan.Zero);
        try
        {
            var blocked = await WarehouseCli.RunAsync(sample.NewFolder("pg-lock"), OneSecondWait, CliTimeout,
                ["load", "--from", sample.PathOf(DatasetCatalog.Patients), .. warehouse.CliTarget()]);

            Assert.True(blocked.ExitCode == 1, blocked.Description);
            Assert.Contains("Another load is running on this warehouse; gave up after waiting 1 s", blocked.StandardError, StringComparison.Ordinal);
            Assert.Equal(0, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_patients"));
        }
        finally
        {
            await held.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task LoadCli_Loads_RightAfterAnInProcessLoadReleasedTheLock()
    {
        var warehouse = await MigratedAsync();
        var first = await warehouse.LoadAsync(sample.PathOf(DatasetCatalog.Patients));
        Assert.Equal(LoadOutcome.Succeeded, first.Outcome);

        var next = await WarehouseCli.RunAsync(sample.NewFolder("pg-lock"), OneSecondWait, CliTimeout,
            ["load", "--from", sample.PathOf(DatasetCatalog.Fees), .. warehouse.CliTarget()]);

        Assert.True(next.ExitCode == 0, $"the first load is over, so its lock must be free:\n{next.Description}");
        Assert.Equal(sample.DataRows(DatasetCatalog.Fees), await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_fees"));
    }

    [SkippableFact]
    public async Task LoadService_LoadsAgainInTheSameProcess_RightAfterAFirstLoad()
    {
        var warehouse = await MigratedAsync();
        var options = new LoadOptions { LockTimeout = TimeSpan.FromSeconds(1) };
        var first = await warehouse.LoadAsync(sample.PathOf(DatasetCatalog.Patients), options);
        Assert.Equal(LoadOutcome.Succeeded, first.Outcome);

        var second = await Record.ExceptionAsync(() => warehouse.LoadAsync(sample.PathOf(DatasetCatalog.Fees), options));

        Assert.True(second is null, $"a scheduler's second run must not wait for its own finished first run: {second?.Message}");
        Assert.Equal(sample.DataRows(DatasetCatalog.Fees), await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_fees"));
    }

    private async Task<WarehouseTarget> MigratedAsync()
    {
        server.SkipIfUnavailable();
        var warehouse = new WarehouseTarget(EngineKind.PostgreSql, await server.CreateDatabaseAsync("load_lock"));
        await warehouse.MigrateAsync();
        return warehouse;
    }
}
