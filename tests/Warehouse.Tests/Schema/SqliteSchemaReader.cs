using System.Data.Common;
using System.Text.RegularExpressions;
using Warehouse.Core.Engines;

namespace Warehouse.Tests.Schema;

/// <summary>Reads the columns of a migrated SQLite database from <c>pragma_table_info</c>.</summary>
internal static partial class SqliteSchemaReader
{
    private const string Sql = """
        SELECT m.name, c.name, c.type, c."notnull", m.sql
        FROM sqlite_master AS m
        JOIN pragma_table_info(m.name) AS c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND m.name <> $journal
        ORDER BY m.name, c.cid
        """;

    /// <summary>
    /// SQLite has no boolean or timestamp type: a boolean is an INTEGER declared with <c>CHECK (x IN (0, 1))</c>,
    /// and a timestamp is TEXT, so no column comes back as <see cref="TypeFamily.Timestamp"/>.
    /// </summary>
    public static async Task<IReadOnlyList<ColumnShape>> ReadAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        var journal = command.CreateParameter();
        journal.ParameterName = "$journal";
        journal.Value = WarehouseEngines.JournalTable;
        command.Parameters.Add(journal);

        var columns = new List<ColumnShape>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            var column = reader.GetString(1);
            var booleans = BooleanColumns(reader.GetString(4));
            columns.Add(new ColumnShape(table, column, reader.GetInt64(3) == 0, FamilyOf(reader.GetString(2), booleans.Contains(column))));
        }
        return columns;
    }

    private static TypeFamily FamilyOf(string declaredType, bool isBoolean) => declaredType.ToUpperInvariant() switch
    {
        "INTEGER" or "INT" when isBoolean => TypeFamily.Boolean,
        "INTEGER" or "INT" => TypeFamily.Integer,
        "REAL" => TypeFamily.Real,
        "TEXT" => TypeFamily.Text,
        _ => throw new InvalidOperationException($"SQLite type {declaredType} has no type family in the parity tests."),
    };

    private static HashSet<string> BooleanColumns(string createTable) =>
        BooleanCheck().Matches(createTable).Select(match => match.Groups["column"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"CHECK\s*\(\s*(?<column>\w+)\s+IN\s*\(\s*0\s*,\s*1\s*\)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BooleanCheck();
}
