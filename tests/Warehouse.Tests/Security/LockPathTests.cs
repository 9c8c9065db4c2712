using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Security;

/// <summary>
/// The SQLite locks are the file's, whatever path reaches it: a load through a link to a folder holding the warehouse meets the
/// load lock; two `warehouse migrate` at once on a new file both succeed (one waits for the other).
/// </summary>
[Trait("Category", "process")]
public sealed class LockPathTests(LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ALoadThroughALinkedPath_MeetsTheLoadLockOfTheRealPath()
    {
        var folder = sample.NewFolder("lock-link");
        var real = Directory.CreateDirectory(Path.Combine(folder, "real")).FullName;
        var warehouse = WarehouseTarget.Sqlite(Path.Combine(real, "warehouse.db"));
        await warehouse.MigrateAsync();
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked"), real);
        File.CreateSymbolicLink(Path.Combine(folder, "warehouse-link.db"), Path.Combine(real, "warehouse.db"));
        var wait = new Dictionary<string, string?> { ["Warehouse__Load__LockTimeoutSeconds"] = "1" };

        await using (await LoadLock.AcquireAsync(warehouse.CreateEngine(), TimeSpan.Zero))
        {
            foreach (var path in new[] { Path.Combine(folder, "linked", "warehouse.db"), Path.Combine(folder, "warehouse-link.db") })
            {
                var blocked = await WarehouseCli.RunAsync(folder, wait, CliTimeout,
                    ["load", "--from", sample.PathOf(DatasetCatalog.Fees), .. WarehouseCli.Target("sqlite", $"Data Source={path}")]);
                Assert.True(blocked.ExitCode == 1, blocked.Description);
                Assert.Contains("Another load is running on this warehouse", blocked.StandardError, StringComparison.Ordinal);
            }
        }
        Assert.Equal(0, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_fees"));
    }

    [Fact]
    public async Task TwoMigrationsAtOnce_OfANewFile_BothSucceed()
    {
        using var directory = new TempWorkingDirectory();
        for (var round = 0; round < 6; round++)
        {
            var target = WarehouseCli.Target("sqlite", $"Data Source={directory.PathOf($"new-{round}.db")}");
            var results = await Task.WhenAll(
                WarehouseCli.RunAsync(directory.Root, new Dictionary<string, string?>(), CliTimeout, ["migrate", .. target]),
                WarehouseCli.RunAsync(directory.Root, new Dictionary<string, string?>(), CliTimeout, ["migrate", .. target]));
            Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Description));
            var status = await WarehouseCli.RunAsync(directory.Root, new Dictionary<string, string?>(), CliTimeout, ["status", .. target]);
            Assert.True(status.ExitCode == 0, status.Description);
            Assert.Matches(@"Migrations:  [1-9][0-9]* applied, 0 pending", status.StandardOutput);
        }
    }
}
