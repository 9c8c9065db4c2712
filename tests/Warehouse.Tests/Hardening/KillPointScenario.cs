using Warehouse.Core;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// Loads the sample, then runs `warehouse load` of a new fees release from the fake Explore API with
/// <see cref="KillPoints.Variable"/> naming one point, kills it (SIGKILL) once it says it paused there, and checks the
/// warehouse; then runs the same command again and checks that it marks the dead run interrupted and publishes the release.
/// </summary>
internal static class KillPointScenario
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset Processed = new(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Points => [.. KillPoints.All];

    public static async Task RunAsync(LoaderSampleFixture sample, WarehouseTarget target, string point)
    {
        await target.MigrateAsync();
        var first = await target.LoadAsync(sample.ApiDirectory);
        Assert.True(first.Outcome == LoadOutcome.Succeeded, string.Join('\n', first.Files.Select(f => $"{f.DatasetId}: {f.Outcome} {f.Message}")));
        target.ClosePooledConnections(); // the in-process load's pooled session may still hold the load lock (PostgresLoadLockTests)
        var before = await WarehouseSnapshot.TakeAsync(target);
        var killedRun = Db.Number(await Db.ScalarAsync(target, "SELECT MAX(load_run_id) FROM etl_load_run"))!.Value + 1;
        var folder = sample.NewFolder("kill-" + point);
        var release = NewFeesRelease.From(sample);
        var published = await release.CleanLoadChecksumAsync(folder);

        await using var api = await FakeOpendatasoftServer.StartAsync();
        api.AddDataset(NewFeesRelease.Dataset.Id, release.Csv, dataProcessed: Processed, recordsCount: release.Rows);
        string[] arguments = ["load", "--from", api.BaseUrl.ToString(), "--dataset", NewFeesRelease.Dataset.ShortName, "--force", .. target.CliTarget()];
        // The killed load cannot remove its download folder: keep it under the test's folder.
        var temp = Directory.CreateDirectory(Path.Combine(folder, "tmp")).FullName;
        using (var load = CliProcess.Start(folder, arguments, new Dictionary<string, string?> { [KillPoints.Variable] = point, ["TMPDIR"] = temp }))
        {
            await load.WaitForLineAsync(l => l == $"paused at {point}", CliTimeout);
            await load.KillAsync();
        }

        var killedFile = await OutcomesAsync(target, killedRun);
        if (point == KillPoints.Committed)
        {
            // Killed after COMMIT: the new release is published (and its file audited inside that transaction); only the run is left running.
            Assert.Equal(published, await FeesChecksumAsync(target));
            Assert.Equal([LoadOutcome.Running, LoadOutcome.Loaded], killedFile);
        }
        else
        {
            Assert.Equal(before, await WarehouseSnapshot.TakeAsync(target));
            Assert.Equal(IsDownload(point) ? [LoadOutcome.Running] : [LoadOutcome.Running, LoadOutcome.Running], killedFile);
        }

        var rerun = await WarehouseCli.RunAsync(folder, new Dictionary<string, string?> { ["TMPDIR"] = temp }, CliTimeout, arguments);

        Assert.True(rerun.ExitCode == 0, rerun.Description);
        Assert.Contains("Marked 1 earlier run(s) as interrupted", rerun.StandardOutput, StringComparison.Ordinal);
        string?[] repaired = point == KillPoints.Committed ? [LoadOutcome.Interrupted, LoadOutcome.Loaded]
            : IsDownload(point) ? [LoadOutcome.Interrupted] : [LoadOutcome.Interrupted, LoadOutcome.Interrupted];
        Assert.Equal(repaired, await OutcomesAsync(target, killedRun));
        Assert.Equal([LoadOutcome.Succeeded, LoadOutcome.Loaded], await OutcomesAsync(target, killedRun + 1));
        Assert.Equal(published, await FeesChecksumAsync(target));
        var live = Db.Number(await Db.ScalarAsync(target, "SELECT load_file_id FROM etl_dataset_release WHERE dataset_id = @id", ("id", NewFeesRelease.Dataset.Id)));
        var rerunFile = Db.Number(await Db.ScalarAsync(target, "SELECT MAX(load_file_id) FROM etl_load_file WHERE load_run_id = @id", ("id", killedRun + 1)));
        Assert.Equal(rerunFile, live);
    }

    private static bool IsDownload(string point) => point is KillPoints.DownloadStarted or KillPoints.DownloadHalfway;

    private static async Task<FactChecksum> FeesChecksumAsync(WarehouseTarget target)
    {
        await using var connection = await target.OpenAsync();
        return await FactChecksums.ComputeAsync(connection, NewFeesRelease.Dataset);
    }

    /// <summary>The outcome of a run, then of its file(s).</summary>
    private static async Task<IReadOnlyList<string?>> OutcomesAsync(WarehouseTarget target, long runId)
    {
        var run = Db.Text(await Db.ScalarAsync(target, "SELECT outcome FROM etl_load_run WHERE load_run_id = @id", ("id", runId)));
        var files = await Db.RowsAsync(target, "SELECT outcome FROM etl_load_file WHERE load_run_id = @id ORDER BY load_file_id", ("id", runId));
        return [run, .. files.Select(f => Db.Text(f[0]))];
    }
}
