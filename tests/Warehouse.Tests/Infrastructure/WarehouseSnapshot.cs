using System.Globalization;
using System.Text;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// What a failed or rejected load must leave exactly as it was, as one comparable text: each fact table's row count,
/// checksum and source load files, and the live release of each dataset.
/// </summary>
public static class WarehouseSnapshot
{
    public static async Task<string> TakeAsync(WarehouseTarget target)
    {
        var checksums = await FactChecksums.ComputeAsync(target);
        var files = await FactChecksums.LoadFilesAsync(target);
        var releases = await Db.RowsAsync(target, "SELECT dataset_id, load_file_id FROM etl_dataset_release ORDER BY dataset_id");
        var text = new StringBuilder();
        foreach (var (table, checksum) in checksums)
        {
            text.Append(CultureInfo.InvariantCulture, $"{table}: {checksum.Rows} rows, sha256 {checksum.Sha256}, from load files [{files[table]}]\n");
        }
        foreach (var release in releases)
        {
            text.Append(CultureInfo.InvariantCulture, $"release of {Db.Text(release[0])}: load file {Db.Number(release[1])}\n");
        }
        return text.ToString();
    }
}
