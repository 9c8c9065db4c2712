using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Warehouse.Tests.SqlTools;

/// <summary>
/// The result of a query in a form two engines can be compared in: column names, and cells as null, a number (every numeric
/// type and booleans as 0/1, compared to a relative 1e-9) or text.
/// </summary>
internal sealed class QueryResult
{
    private const double RelativeTolerance = 1e-9;

    private QueryResult(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    public static async Task<QueryResult> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is the cookbook's, run as documented.
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Normalise(reader.GetValue(i))).ToArray());
        }
        return new QueryResult(columns, rows);
    }

    /// <returns>An empty string when both results hold the same columns and rows in the same order, else what differs first.</returns>
    public string DifferenceFrom(QueryResult other, string name, string otherName)
    {
        if (!Columns.SequenceEqual(other.Columns, StringComparer.Ordinal))
        {
            return $"columns differ: {name} has {string.Join(", ", Columns)}; {otherName} has {string.Join(", ", other.Columns)}";
        }
        if (Rows.Count != other.Rows.Count)
        {
            return $"{name} returns {Rows.Count} rows, {otherName} {other.Rows.Count}";
        }
        for (var row = 0; row < Rows.Count; row++)
        {
            for (var column = 0; column < Columns.Count; column++)
            {
                if (!Same(Rows[row][column], other.Rows[row][column]))
                {
                    return $"row {row + 1}, column {Columns[column]}: {name} has {Show(Rows[row])}; {otherName} has {Show(other.Rows[row])}";
                }
            }
        }
        return "";
    }

    private static object? Normalise(object? value) => value switch
    {
        null or DBNull => null,
        bool flag => flag ? 1.0 : 0.0,
        byte or short or int or long or float or double or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        string text => text,
        DateTime time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static bool Same(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (double a, double b) => Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b)),
        (string a, string b) => a == b,
        _ => false,
    };

    private static string Show(object?[] row)
    {
        var text = new StringBuilder("(");
        text.AppendJoin(", ", row.Select(cell => cell switch
        {
            null => "NULL",
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            _ => $"'{cell}'",
        }));
        return text.Append(')').ToString();
    }
}
