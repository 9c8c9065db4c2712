using Microsoft.Data.Sqlite;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>Every question of docs/sql-cookbook.md answers, with rows, on the SQLite sample warehouse opened read-only as readers do.</summary>
[Trait("Category", "database")]
public sealed class CookbookSqliteTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    public static TheoryData<string> Questions { get; } = new(Cookbook.Read().Select(question => question.Title));

    [Fact]
    public void Cookbook_AnswersAtLeastTwelveQuestions_MostOfThemInPortableSql()
    {
        var questions = Cookbook.Read();

        Assert.True(questions.Count >= 12, $"{Cookbook.RelativePath} answers {questions.Count} questions; it must answer at least 12.");
        Assert.True(questions.Count(question => question.IsPortable) >= 12, "at least 12 questions run unchanged on SQLite and PostgreSQL");
    }

    [Fact]
    public void Cookbook_QueriesReadOnlyTheReportingViews()
    {
        var reserved = new[] { "dim_", "fact_", "etl_", "stg_", "schema_migrations" };

        Assert.All(Cookbook.Read(), question => Assert.All(reserved, prefix =>
        {
            Assert.DoesNotContain(prefix, question.SqliteSql, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(prefix, question.PostgresSql, StringComparison.OrdinalIgnoreCase);
        }));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Question_ReturnsRows_OnTheSqliteSample(string title)
    {
        var question = Cookbook.Find(title);
        await using var connection = new SqliteConnection($"Data Source={warehouse.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();

        var result = await QueryResult.ReadAsync(connection, question.SqliteSql);

        Assert.True(result.Rows.Count > 0, $"\"{title}\" returns no rows on the SQLite sample.");
    }
}
