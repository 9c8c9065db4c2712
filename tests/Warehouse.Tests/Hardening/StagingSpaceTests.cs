using Microsoft.Data.Sqlite;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// A rejected file gives its staging space back: SQLite stages in a temporary table, so the headcount rows repeated three
/// times (516 k rows, staged in full, then refused at publication) leave the warehouse file the size it was.
/// </summary>
[Trait("Category", "database")]
public sealed class StagingSpaceTests(LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    private const long Slack = 1 << 20;

    [Fact]
    public async Task RejectedLargeFile_LeavesTheSqliteFileTheSizeItWas()
    {
        var folder = sample.NewFolder("staging-space");
        var warehouse = WarehouseTarget.Sqlite(Path.Combine(folder, "warehouse.db"));
        await warehouse.MigrateAsync();
        Assert.Equal(LoadOutcome.Succeeded, (await warehouse.LoadAsync(sample.PathOf(DatasetCatalog.Fees))).Outcome);
        var before = await CheckpointedSizeAsync(warehouse, folder);
        var input = Path.Combine(folder, DatasetCatalog.HeadcountDensity.Id + ".csv");
        var bytes = await RepeatedInput.WriteAsync(sample.PathOf(DatasetCatalog.HeadcountDensity), input, 3);

        var run = await warehouse.LoadAsync(input);

        Assert.Equal(LoadOutcome.Rejected, run.Outcome);
        Assert.Contains("duplicate grain key", run.Files[0].Message, StringComparison.Ordinal);
        Assert.Equal(sample.DataRows(DatasetCatalog.HeadcountDensity) * 3, run.Files[0].RowsRead);
        var after = await CheckpointedSizeAsync(warehouse, folder);
        Assert.True(after <= before + Slack, $"the warehouse file grew from {before:N0} to {after:N0} bytes for a rejected file of {bytes:N0} bytes");
    }

    /// <summary>The warehouse file's size once the WAL is written back into it.</summary>
    private static async Task<long> CheckpointedSizeAsync(WarehouseTarget warehouse, string folder)
    {
        await using (var connection = await warehouse.OpenAsync())
        {
            await Db.RowsAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        SqliteConnection.ClearAllPools();
        return new FileInfo(Path.Combine(folder, "warehouse.db")).Length;
    }
}
