using System.Diagnostics;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>One load at a time on a SQLite warehouse: a second `warehouse load` gives up after the configured wait, then succeeds once the lock is free.</summary>
[Trait("Category", "process")]
public sealed class LoadLockTests(LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(1);
    private static readonly Dictionary<string, string?> OneSecondWait = new() { ["Warehouse__Load__LockTimeoutSeconds"] = "1" };

    [Fact]
    public async Task LoadCli_FailsSayingAnotherLoadRuns_WhileTheLockIsHeld_ThenLoadsOnceReleased()
    {
        var folder = sample.NewFolder("lock");
        var warehouse = WarehouseTarget.Sqlite(Path.Combine(folder, "warehouse.db"));
        await warehouse.MigrateAsync();
        string[] load = ["load", "--from", sample.PathOf(DatasetCatalog.Fees), .. warehouse.CliTarget()];

        var held = await LoadLock.AcquireAsync(warehouse.CreateEngine(), TimeSpan.Zero);
        ProcessResult blocked;
        var clock = Stopwatch.StartNew();
        try
        {
            blocked = await WarehouseCli.RunAsync(folder, OneSecondWait, CliTimeout, load);
        }
        finally
        {
            await held.DisposeAsync();
        }

        Assert.True(blocked.ExitCode == 1, blocked.Description);
        Assert.Contains("Another load is running on this warehouse; gave up after waiting 1 s", blocked.StandardError, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), CliTimeout);
        Assert.Equal(0, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM etl_load_run"));
        Assert.Equal(0, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_fees"));

        var released = await WarehouseCli.RunAsync(folder, OneSecondWait, CliTimeout, load);

        Assert.True(released.ExitCode == 0, released.Description);
        Assert.Equal(sample.DataRows(DatasetCatalog.Fees), await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_fees"));
        Assert.Equal(LoadOutcome.Succeeded, Db.Text(await Db.ScalarAsync(warehouse, "SELECT outcome FROM etl_load_run")));
    }
}
