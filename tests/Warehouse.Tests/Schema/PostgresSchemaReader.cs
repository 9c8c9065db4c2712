using System.Data.Common;
using Warehouse.Core.Engines;

namespace Warehouse.Tests.Schema;

/// <summary>Reads the columns of a migrated PostgreSQL database from <c>information_schema.columns</c>.</summary>
internal static class PostgresSchemaReader
{
    private const string Sql = """
        SELECT c.table_name, c.column_name, c.data_type, c.is_nullable
        FROM information_schema.columns AS c
        JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> @journal
        ORDER BY c.table_name, c.ordinal_position
        """;

    public static async Task<IReadOnlyList<ColumnShape>> ReadAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        var journal = command.CreateParameter();
        journal.ParameterName = "journal";
        journal.Value = WarehouseEngines.JournalTable;
        command.Parameters.Add(journal);

        var columns = new List<ColumnShape>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var nullable = reader.GetString(3) == "YES";
            columns.Add(new ColumnShape(reader.GetString(0), reader.GetString(1), nullable, FamilyOf(reader.GetString(2))));
        }
        return columns;
    }

    private static TypeFamily FamilyOf(string dataType) => dataType switch
    {
        "smallint" or "integer" or "bigint" => TypeFamily.Integer,
        "real" or "double precision" => TypeFamily.Real,
        "text" or "character varying" or "character" => TypeFamily.Text,
        "boolean" => TypeFamily.Boolean,
        "timestamp with time zone" or "timestamp without time zone" or "date" => TypeFamily.Timestamp,
        _ => throw new InvalidOperationException($"PostgreSQL type {dataType} has no type family in the parity tests."),
    };
}
