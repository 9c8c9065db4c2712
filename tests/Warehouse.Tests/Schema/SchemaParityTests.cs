using System.Data.Common;
using Warehouse.Core;
using Warehouse.Core.Migrations;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Schema;

/// <summary>A fresh SQLite file and a fresh PostgreSQL database, both migrated, hold the same tables, columns and dimension rows.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class SchemaParityTests(PostgresServer server) : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    [SkippableFact]
    public async Task Columns_MatchSqlite_OnPostgreSql()
    {
        server.SkipIfUnavailable();
        await using var sqlite = await MigratedDatabase.OpenAsync(EngineKind.Sqlite, _file.ConnectionString);
        await using var postgres = await OpenPostgresAsync();

        var expected = await SqliteSchemaReader.ReadAsync(sqlite);
        var actual = await PostgresSchemaReader.ReadAsync(postgres);

        Assert.NotEmpty(expected);
        var difference = SetDifference.Describe(expected, actual.Select(column => column.AsSqliteStoresIt()), "SQLite", "PostgreSQL");
        Assert.True(difference.Length == 0, difference);
    }

    /// <summary>PostgreSQL and SQL Server both have timestamp types, so they are compared without folding timestamps into text.</summary>
    [SkippableFact]
    public async Task Columns_MatchSqlServerScripts_OnPostgreSql_IncludingTimestamps()
    {
        server.SkipIfUnavailable();
        await using var postgres = await OpenPostgresAsync();

        var expected = await PostgresSchemaReader.ReadAsync(postgres);
        var actual = SqlServerScript.Columns(MigrationScripts.For(EngineKind.SqlServer).Select(script => (script.Name, script.Contents)));

        Assert.NotEmpty(expected);
        var difference = SetDifference.Describe(expected, actual, "PostgreSQL", "SQL Server");
        Assert.True(difference.Length == 0, difference);
    }

    [SkippableFact]
    public async Task DimensionRows_MatchSqlite_OnPostgreSql()
    {
        server.SkipIfUnavailable();
        await using var sqlite = await MigratedDatabase.OpenAsync(EngineKind.Sqlite, _file.ConnectionString);
        await using var postgres = await OpenPostgresAsync();
        var tables = (await SqliteSchemaReader.ReadAsync(sqlite))
            .Select(column => column.Table)
            .Where(table => table.StartsWith("dim_", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var differences = new List<string>();
        var rowCount = 0;
        foreach (var table in tables)
        {
            var expected = await ReadRowsAsync(sqlite, table);
            var actual = await ReadRowsAsync(postgres, table);
            rowCount += expected.Count;
            var difference = SetDifference.Describe(expected, actual, "SQLite", "PostgreSQL");
            if (expected.Count != actual.Count || difference.Length > 0)
            {
                differences.Add($"{table}: {expected.Count} rows in SQLite, {actual.Count} in PostgreSQL{Environment.NewLine}{difference}");
            }
        }

        Assert.NotEmpty(tables);
        Assert.True(rowCount > 0, "the SQLite dimensions are empty");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private async Task<DbConnection> OpenPostgresAsync()
    {
        var connectionString = await server.CreateDatabaseAsync("schema_parity");
        return await MigratedDatabase.OpenAsync(EngineKind.PostgreSql, connectionString);
    }

    private static async Task<List<string>> ReadRowsAsync(DbConnection connection, string table) =>
        (await DbRows.ReadAsync(connection, $"SELECT * FROM {table}")).Select(DbRows.Describe).ToList();
}
