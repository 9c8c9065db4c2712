using System.Data.Common;
using Warehouse.Core.Dictionary;
using Warehouse.Tests.Schema;

namespace Warehouse.Tests.SqlTools;

/// <summary>The tables and views of a migrated database with their columns in order, compared with the data dictionary.</summary>
internal static class DatabaseColumns
{
    private const string Sqlite = """
        SELECT m.name, c.name
        FROM sqlite_master AS m
        JOIN pragma_table_info(m.name) AS c
        WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND m.name <> 'schema_migrations'
        ORDER BY m.name, c.cid
        """;

    private const string Postgres = """
        SELECT table_name, column_name
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
        ORDER BY table_name, ordinal_position
        """;

    public static Task<IReadOnlyList<(string Table, string Column)>> ReadSqliteAsync(DbConnection connection) => ReadAsync(connection, Sqlite);

    public static Task<IReadOnlyList<(string Table, string Column)>> ReadPostgresAsync(DbConnection connection) => ReadAsync(connection, Postgres);

    /// <summary>Every column on one side only, then every object whose columns are in another order; empty when they match.</summary>
    public static string Compare(DataDictionary dictionary, IReadOnlyList<(string Table, string Column)> database, string databaseName)
    {
        var described = dictionary.Objects.SelectMany(item => item.Columns.Select(column => $"{item.Name}.{column.Name}"));
        var difference = SetDifference.Describe(described, database.Select(c => $"{c.Table}.{c.Column}"), "the data dictionary", databaseName);
        if (difference.Length > 0)
        {
            return difference;
        }
        var order = dictionary.Objects
            .Select(item => (item.Name, Described: item.Columns.Select(c => c.Name).ToList(), Actual: database.Where(c => c.Table == item.Name).Select(c => c.Column).ToList()))
            .Where(item => !item.Described.SequenceEqual(item.Actual))
            .Select(item => $"{item.Name}: the dictionary lists {string.Join(", ", item.Described)}; {databaseName} has {string.Join(", ", item.Actual)}");
        return string.Join(Environment.NewLine, order);
    }

    private static async Task<IReadOnlyList<(string Table, string Column)>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        return columns;
    }
}
