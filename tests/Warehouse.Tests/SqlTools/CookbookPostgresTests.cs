using Microsoft.Data.Sqlite;
using Npgsql;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>
/// Every question of docs/sql-cookbook.md answers on a PostgreSQL warehouse loaded with the same sample, logged in as a member
/// of warehouse_reader, with exactly the rows SQLite returns.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class CookbookPostgresTests(PostgresServer server, SampleWarehouse sqlite) : IClassFixture<SampleWarehouse>
{
    public static TheoryData<string> Questions => CookbookSqliteTests.Questions;

    [SkippableTheory]
    [MemberData(nameof(Questions))]
    public async Task Question_ReturnsTheSameRowsAsSqlite_OnPostgreSqlAsAReader(string title)
    {
        server.SkipIfUnavailable();
        var question = Cookbook.Find(title);
        await using var postgres = new NpgsqlConnection(await PostgresSampleDatabase.ReaderConnectionStringAsync(server));
        await postgres.OpenAsync();
        await using var file = new SqliteConnection($"Data Source={sqlite.DatabasePath};Mode=ReadOnly");
        await file.OpenAsync();

        var expected = await QueryResult.ReadAsync(file, question.SqliteSql);
        var actual = await QueryResult.ReadAsync(postgres, question.PostgresSql);

        Assert.True(actual.Rows.Count > 0, $"\"{title}\" returns no rows on PostgreSQL.");
        var difference = expected.DifferenceFrom(actual, "SQLite", "PostgreSQL");
        Assert.True(difference.Length == 0, $"\"{title}\": {difference}");
    }
}
