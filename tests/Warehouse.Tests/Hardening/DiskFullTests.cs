using Warehouse.Core;
using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// The warehouse's disk fills during a load: a SQLite file on a 64 MB tmpfs, or a PostgreSQL database in a tablespace on a
/// 128 MB tmpfs, filled up to 1 MB. `warehouse load` of the 21 MB headcount file fails cleanly (exit 1, the message says the
/// disk is full), the previous data is intact, and once space is freed the same command loads it. Skipped where the tests
/// may not mount (it needs root).
/// </summary>
[Trait("Category", "process")]
public sealed class DiskFullTests(LoaderSampleFixture sample, PausablePostgres postgres) : IClassFixture<LoaderSampleFixture>, IClassFixture<PausablePostgres>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(2);
    private static readonly DatasetDefinition Big = DatasetCatalog.HeadcountDensity;

    [SkippableFact]
    public async Task Sqlite_WhenTheWarehouseDiskFills_TheLoadFailsNamingTheFile_KeepsTheData_AndLoadsOnceSpaceIsFreed()
    {
        var folder = sample.NewFolder("disk-full");
        var (mount, reason) = await TmpfsMount.TryMountAsync(folder, 64);
        Skip.If(mount is null, reason);
        await using (mount)
        {
            var database = Path.Combine(folder, "warehouse.db");
            await LoadUntilTheDiskIsFullAsync(WarehouseTarget.Sqlite(database), mount!,
                $"Loading {sample.PathOf(Big)} failed: the disk holding the warehouse file {database} is full", () => "");
        }
    }

    [SkippableFact]
    public async Task PostgreSql_WhenTheTablespaceDiskFills_TheLoadFailsSayingSo_KeepsTheData_AndLoadsOnceSpaceIsFreed()
    {
        postgres.SkipIfUnavailable();
        var folder = sample.NewFolder("disk-full-postgresql");
        var (mount, reason) = await TmpfsMount.TryMountAsync(folder, 128);
        Skip.If(mount is null, reason);
        await using (mount)
        {
            var location = Directory.CreateDirectory(Path.Combine(folder, "tablespace")).FullName;
            await postgres.Cluster.HandOverAsync(location);
            await postgres.ExecuteAsync($"CREATE TABLESPACE small_disk LOCATION '{location}'");
            try
            {
                var target = new WarehouseTarget(EngineKind.PostgreSql, await postgres.CreateDatabaseAsync("disk_full", "small_disk"));
                await LoadUntilTheDiskIsFullAsync(target, mount!, $"Loading {sample.PathOf(Big)} failed: the disk of the PostgreSQL server",
                    () => postgres.Cluster.ReadLog());
            }
            finally
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
                await postgres.ExecuteAsync("DROP DATABASE IF EXISTS disk_full");
                await postgres.ExecuteAsync("DROP TABLESPACE IF EXISTS small_disk");
            }
        }
    }

    /// <param name="serverLog">The database server's log, shown when the load does not fail as expected.</param>
    private async Task LoadUntilTheDiskIsFullAsync(WarehouseTarget target, TmpfsMount mount, string expectedError, Func<string> serverLog)
    {
        await target.MigrateAsync();
        foreach (var dataset in DatasetCatalog.All.Where(d => d != Big))
        {
            var first = await target.LoadAsync(sample.PathOf(dataset));
            Assert.True(first.ExitCode == 0, string.Join('\n', first.Files.Select(f => f.Message)));
        }
        if (target.Engine == EngineKind.Sqlite)
        {
            // Staging lives in SQLite's temporary folder: only the fact rows need the warehouse's disk, and a WAL still
            // holding earlier loads' frames would take them without growing. Written back and emptied, it must grow.
            await Db.RowsAsync(target, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        target.ClosePooledConnections();
        var before = await WarehouseSnapshot.TakeAsync(target);
        var filler = mount.Fill(leftBytes: 1 << 20);
        string[] load = ["load", "--from", sample.PathOf(Big), .. target.CliTarget()];
        var work = sample.NewFolder($"disk-full-cli-{target.Engine}");

        var full = await WarehouseCli.RunAsync(work, new Dictionary<string, string?>(), CliTimeout, load);

        var failure = $"{full.Description}\n{serverLog()}";
        Assert.True(full.ExitCode == 1, failure);
        Assert.True(full.StandardError.Contains(expectedError, StringComparison.Ordinal), failure);
        Assert.True(full.StandardError.Contains("free some space and load again", StringComparison.Ordinal), failure);
        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(target));
        File.Delete(filler);

        var freed = await WarehouseCli.RunAsync(work, new Dictionary<string, string?>(), CliTimeout, load);

        Assert.True(freed.ExitCode == 0, freed.Description);
        var runs = await Db.RowsAsync(target, "SELECT r.outcome, f.outcome FROM etl_load_run r JOIN etl_load_file f ON f.load_run_id = r.load_run_id WHERE f.dataset_id = @id ORDER BY f.load_file_id", ("id", Big.Id));
        Assert.Equal(["failed/failed", "succeeded/loaded"], runs.Select(r => $"{Db.Text(r[0])}/{Db.Text(r[1])}"));
        Assert.Equal(sample.DataRows(Big), (await FactChecksums.ComputeAsync(target))[Big.FactTable].Rows);
        target.ClosePooledConnections();
    }
}
