using System.Data.Common;
using System.Globalization;

namespace Warehouse.Tests.Schema;

/// <summary>Reads query results as strings that compare equal across engines: booleans as 0/1, numbers invariant, NULL as null.</summary>
internal static class DbRows
{
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<IReadOnlyDictionary<string, string?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = Normalise(reader.GetValue(i));
            }
            rows.Add(row);
        }
        return rows;
    }

    public static string? Normalise(object? value) => value switch
    {
        null or DBNull => null,
        bool flag => flag ? "1" : "0",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A row as one line, columns in name order, so rows from two engines compare as strings.</summary>
    public static string Describe(IReadOnlyDictionary<string, string?> row) =>
        string.Join(" | ", row.OrderBy(cell => cell.Key, StringComparer.Ordinal).Select(cell => $"{cell.Key}={cell.Value ?? "NULL"}"));
}
