using System.Data.Common;
using Warehouse.Core;
using Warehouse.Core.Dictionary;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Schema;

namespace Warehouse.Tests.SqlTools;

/// <summary>On PostgreSQL the dictionary describes every column, and pg_description holds its text for every table, view and column.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class PostgresDictionaryTests(PostgresServer server)
{
    private const string Descriptions = """
        SELECT c.relname, NULL AS column_name, obj_description(c.oid, 'pg_class')
        FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND c.relname <> 'schema_migrations'
        UNION ALL
        SELECT c.relname, a.attname, col_description(c.oid, a.attnum)
        FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
            JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND c.relname <> 'schema_migrations'
        """;

    [SkippableFact]
    public async Task Dictionary_MatchesTheTablesAndViews_AndEveryOneHasItsComment()
    {
        server.SkipIfUnavailable();
        var dictionary = DataDictionary.Load();
        await using var connection = await MigratedDatabase.OpenAsync(EngineKind.PostgreSql, await server.CreateDatabaseAsync("dictionary"));

        var columns = await DatabaseColumns.ReadPostgresAsync(connection);
        var columnDifference = DatabaseColumns.Compare(dictionary, columns, "PostgreSQL");
        var comments = await ReadCommentsAsync(connection);

        Assert.True(columnDifference.Length == 0, columnDifference);
        var expected = dictionary.Objects.SelectMany(item =>
            item.Columns.Select(column => $"{item.Name}.{column.Name}: {column.Describe()}").Prepend($"{item.Name}: {item.Describe()}"));
        var commentDifference = SetDifference.Describe(expected, comments, "the data dictionary", "pg_description");
        Assert.True(commentDifference.Length == 0, commentDifference);
    }

    private static async Task<IReadOnlyList<string>> ReadCommentsAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Descriptions;
        await using var reader = await command.ExecuteReaderAsync();
        var comments = new List<string>();
        while (await reader.ReadAsync())
        {
            var name = reader.IsDBNull(1) ? reader.GetString(0) : $"{reader.GetString(0)}.{reader.GetString(1)}";
            comments.Add($"{name}: {(reader.IsDBNull(2) ? "(no comment)" : reader.GetString(2))}");
        }
        return comments;
    }
}
