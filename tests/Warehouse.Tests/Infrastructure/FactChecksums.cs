using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Warehouse.Loader.Datasets;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// Checksums of the fact tables that are identical across engines for identical data: every row read in grain order,
/// values normalised (integers invariant, doubles rounded to 1e-9 then "R", text quoted, NULL as ∅), hashed with SHA-256.
/// The audit column load_file_id is left out: it says which load wrote a row, not what the row holds.
/// </summary>
public static class FactChecksums
{
    private const string Null = "∅";

    /// <summary>Every fact table of the seven datasets, by table name.</summary>
    public static async Task<IReadOnlyDictionary<string, FactChecksum>> ComputeAsync(WarehouseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var connection = await target.OpenAsync();
        return await ComputeAsync(connection);
    }

    public static async Task<IReadOnlyDictionary<string, FactChecksum>> ComputeAsync(DbConnection connection)
    {
        var checksums = new SortedDictionary<string, FactChecksum>(StringComparer.Ordinal);
        foreach (var dataset in DatasetCatalog.All)
        {
            checksums[dataset.FactTable] = await ComputeAsync(connection, dataset);
        }
        return checksums;
    }

    public static async Task<FactChecksum> ComputeAsync(DbConnection connection, DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dataset);
        var columns = ValueColumns(dataset);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\t', columns) + "\n"));
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table and column names come from the dataset contracts.
        command.CommandText = $"SELECT {string.Join(", ", columns)} FROM {dataset.FactTable} ORDER BY {string.Join(", ", dataset.GrainColumns)}";
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var line = new StringBuilder();
        long rows = 0;
        while (await reader.ReadAsync())
        {
            line.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                line.Append(i == 0 ? "" : "\t").Append(Normalise(reader.GetValue(i)));
            }
            hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
            rows++;
        }
        return new FactChecksum(dataset.FactTable, rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Per fact table, which load files its rows come from: "load_file_id×rows", ascending ("" when empty).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadFilesAsync(WarehouseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var connection = await target.OpenAsync();
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dataset in DatasetCatalog.All)
        {
            var rows = await Db.RowsAsync(connection, $"SELECT load_file_id, COUNT(*) FROM {dataset.FactTable} GROUP BY load_file_id ORDER BY load_file_id");
            result[dataset.FactTable] = string.Join(", ", rows.Select(r => $"{Db.Number(r[0])}×{Db.Number(r[1])}"));
        }
        return result;
    }

    /// <summary>The grain key, then each measure with its status, then the stored text columns.</summary>
    public static IReadOnlyList<string> ValueColumns(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return [.. dataset.GrainColumns, .. dataset.Measures.SelectMany(m => new[] { m.Column, m.Column + "_status" }), .. dataset.StoredTextColumns.Values];
    }

    public static string Normalise(object? value) => value switch
    {
        null or DBNull => Null,
        bool flag => flag ? "1" : "0",
        double number => Number(number),
        float number => Number(number),
        decimal number => Number((double)number),
        string text => Quote(text),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Number(double value)
    {
        var rounded = Math.Round(value, 9, MidpointRounding.ToEven);
        return (rounded == 0 ? 0d : rounded).ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
