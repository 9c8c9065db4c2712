using System.Data.Common;
using Warehouse.Core.Engines;

namespace Warehouse.Tests.Schema;

/// <summary>Reads the columns of a migrated SQL Server database from <c>INFORMATION_SCHEMA.COLUMNS</c>.</summary>
internal static class SqlServerSchemaReader
{
    private const string Sql = """
        SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.IS_NULLABLE
        FROM INFORMATION_SCHEMA.COLUMNS AS c
        JOIN INFORMATION_SCHEMA.TABLES AS t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
        WHERE c.TABLE_SCHEMA = 'dbo' AND t.TABLE_TYPE = 'BASE TABLE' AND c.TABLE_NAME <> @journal
        ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
        """;

    public static async Task<IReadOnlyList<ColumnShape>> ReadAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        var journal = command.CreateParameter();
        journal.ParameterName = "@journal";
        journal.Value = WarehouseEngines.JournalTable;
        command.Parameters.Add(journal);
        var columns = new List<ColumnShape>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(new ColumnShape(reader.GetString(0), reader.GetString(1), reader.GetString(3) == "YES", FamilyOf(reader.GetString(2))));
        }
        return columns;
    }

    private static TypeFamily FamilyOf(string dataType) => dataType switch
    {
        "int" or "bigint" or "smallint" or "tinyint" => TypeFamily.Integer,
        "float" or "real" => TypeFamily.Real,
        "bit" => TypeFamily.Boolean,
        "datetimeoffset" or "datetime2" or "datetime" => TypeFamily.Timestamp,
        _ => TypeFamily.Text,
    };
}
