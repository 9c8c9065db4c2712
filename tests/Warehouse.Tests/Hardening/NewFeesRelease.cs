using System.Globalization;
using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// A second, valid release of the fees dataset: the sample's file with every tenth tariff total raised by one, so that
/// "the facts are the old release" and "the facts are the new release" have different checksums.
/// </summary>
internal sealed record NewFeesRelease(byte[] Csv, long Rows)
{
    public static DatasetDefinition Dataset => DatasetCatalog.Fees;

    public static NewFeesRelease From(LoaderSampleFixture sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var csv = sample.Csv(Dataset);
        const string Column = "hono_sans_depassement_totaux";
        for (var row = 0; row < csv.Rows.Count; row += 10)
        {
            if (long.TryParse(csv.Get(row, Column), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                csv = csv.With(row, Column, (value + 1).ToString(CultureInfo.InvariantCulture));
            }
        }
        return new NewFeesRelease(csv.ToBytes(), csv.Rows.Count);
    }

    /// <summary>The fees checksum of a clean load of this release into a fresh SQLite warehouse (checksums agree across engines).</summary>
    public async Task<FactChecksum> CleanLoadChecksumAsync(string folder)
    {
        var path = Path.Combine(folder, Dataset.Id + ".csv");
        await File.WriteAllBytesAsync(path, Csv);
        var target = WarehouseTarget.Sqlite(Path.Combine(folder, "clean.db"));
        await target.MigrateAsync();
        var result = await target.LoadAsync(path);
        Assert.True(result.ExitCode == 0, string.Join('\n', result.Files.Select(f => f.Message)));
        await using var connection = await target.OpenAsync();
        return await FactChecksums.ComputeAsync(connection, Dataset);
    }
}
