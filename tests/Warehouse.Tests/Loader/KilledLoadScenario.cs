using System.Globalization;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// Loads the sample, kills (SIGKILL) a `warehouse load --from FILE --force` of one dataset in the middle,
/// and checks that nothing changed; then runs the same command again and checks that it marks the dead run interrupted and succeeds.
/// </summary>
internal static class KilledLoadScenario
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(2);

    /// <summary>SQLite: kills the load <paramref name="delay"/> after it announced reading the file, while it stages.</summary>
    public static Task KillWhileStagingAsync(LoaderSampleFixture sample, WarehouseTarget target, DatasetDefinition dataset, TimeSpan delay) =>
        RunAsync(sample, target, dataset, holdBeforeStart: null, async (load, _) =>
        {
            await load.WaitForLineAsync(l => l.Contains($"] {dataset.Id}: reading ", StringComparison.Ordinal), CliTimeout);
            await Task.Delay(delay);
        });

    /// <summary>
    /// PostgreSQL: holds a lock on the dataset's fact table so that the load stops inside its publishing transaction, kills
    /// it there, then releases the lock (the orphaned statement can then finish, but nobody will ever commit it).
    /// </summary>
    public static Task KillWhilePublishingAsync(LoaderSampleFixture sample, WarehouseTarget target, DatasetDefinition dataset) =>
        RunAsync(sample, target, dataset, async () => await PostgresTableLock.AcquireAsync(target, dataset.FactTable),
            (load, held) => ((PostgresTableLock)held!).WaitUntilAPublishWaitsAsync(CliTimeout, () => load.Output));

    private static async Task RunAsync(LoaderSampleFixture sample, WarehouseTarget target, DatasetDefinition dataset,
        Func<Task<IAsyncDisposable>>? holdBeforeStart, Func<CliProcess, IAsyncDisposable?, Task> waitForKillPoint)
    {
        await target.MigrateAsync();
        var first = await target.LoadAsync(sample.ApiDirectory);
        Assert.True(first.Outcome == LoadOutcome.Succeeded, string.Join('\n', first.Files.Select(f => $"{f.DatasetId}: {f.Outcome} {f.Message}")));
        target.ClosePooledConnections(); // the in-process load's pooled session may still hold the load lock (PostgresLoadLockTests)
        var checksums = await FactChecksums.ComputeAsync(target);
        var before = await WarehouseSnapshot.TakeAsync(target);
        var lastRun = Db.Number(await Db.ScalarAsync(target, "SELECT MAX(load_run_id) FROM etl_load_run"))!.Value;
        var folder = sample.NewFolder("killed");
        string[] arguments = ["load", "--from", sample.PathOf(dataset), "--force", .. target.CliTarget()];

        var held = holdBeforeStart is null ? null : await holdBeforeStart();
        try
        {
            using var load = CliProcess.Start(folder, arguments);
            await waitForKillPoint(load, held);
            Assert.False(load.HasExited, $"the load ended before it could be killed:\n{load.Output}");
            await load.KillAsync();
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync();
            }
        }

        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(target));
        var killedRun = lastRun + 1;
        Assert.Equal(killedRun, Db.Number(await Db.ScalarAsync(target, "SELECT MAX(load_run_id) FROM etl_load_run")));
        var killed = await OutcomesAsync(target, killedRun);
        Assert.True(killed.SequenceEqual([LoadOutcome.Running, LoadOutcome.Running]), $"the kill must land before the load finished its file; run and file: {string.Join(", ", killed)}");

        var rerun = await WarehouseCli.RunAsync(folder, new Dictionary<string, string?>(), CliTimeout, arguments);

        Assert.True(rerun.ExitCode == 0, rerun.Description);
        Assert.Contains("Marked 1 earlier run(s) as interrupted", rerun.StandardOutput, StringComparison.Ordinal);
        Assert.Equal([LoadOutcome.Interrupted, LoadOutcome.Interrupted], await OutcomesAsync(target, killedRun));
        Assert.Equal([LoadOutcome.Succeeded, LoadOutcome.Loaded], await OutcomesAsync(target, killedRun + 1));
        Assert.Equal(checksums, await FactChecksums.ComputeAsync(target));
        var reloaded = Db.Number(await Db.ScalarAsync(target, "SELECT load_file_id FROM etl_dataset_release WHERE dataset_id = @id", ("id", dataset.Id)));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{reloaded}×{sample.DataRows(dataset)}"), (await FactChecksums.LoadFilesAsync(target))[dataset.FactTable]);
        var status = await WarehouseCli.RunAsync(folder, new Dictionary<string, string?>(), CliTimeout, ["status", .. target.CliTarget()]);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Last load:   run {killedRun + 1}, cli, "), status.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(", succeeded, finished ", status.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>The outcome of a run, then of its file(s).</summary>
    private static async Task<IReadOnlyList<string?>> OutcomesAsync(WarehouseTarget target, long runId)
    {
        var run = Db.Text(await Db.ScalarAsync(target, "SELECT outcome FROM etl_load_run WHERE load_run_id = @id", ("id", runId)));
        var files = await Db.RowsAsync(target, "SELECT outcome FROM etl_load_file WHERE load_run_id = @id ORDER BY load_file_id", ("id", runId));
        return [run, .. files.Select(f => Db.Text(f[0]))];
    }
}
