using Warehouse.Core;
using Warehouse.Core.Migrations;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Schema;

/// <summary>The embedded T-SQL migrations parse, and their tables match what the SQLite migrations create.</summary>
[Trait("Category", "database")]
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> ScriptNames { get; } = new(MigrationScripts.For(EngineKind.SqlServer).Select(script => script.Name));

    [Fact]
    public void Scripts_AreEmbedded_ForSqlServer() => Assert.NotEmpty(MigrationScripts.For(EngineKind.SqlServer));

    [Theory]
    [MemberData(nameof(ScriptNames))]
    public void Script_ParsesWithoutErrors_WithTSql160Parser(string name)
    {
        var script = MigrationScripts.For(EngineKind.SqlServer).Single(candidate => candidate.Name == name);

        var (_, errors) = SqlServerScript.Parse(name, script.Contents);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    public static TheoryData<string> RepeatableScriptNames { get; } = new(RepeatableScripts.For(EngineKind.SqlServer).Select(script => script.Name));

    /// <summary>The views, grants and descriptions every migrate writes again.</summary>
    [Theory]
    [MemberData(nameof(RepeatableScriptNames))]
    public void RepeatableScript_ParsesWithoutErrors_WithTSql160Parser(string name)
    {
        var script = RepeatableScripts.For(EngineKind.SqlServer).Single(candidate => candidate.Name == name);

        var (_, errors) = SqlServerScript.Parse(name, script.Contents);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task CreateTables_DescribeTheSameColumnsAsSqlite_AfterMigration()
    {
        var sqlServer = SqlServerScript.Columns(MigrationScripts.For(EngineKind.SqlServer).Select(script => (script.Name, script.Contents)));
        using var file = new TempSqliteFile();
        await using var connection = await MigratedDatabase.OpenAsync(EngineKind.Sqlite, file.ConnectionString);

        var sqlite = await SqliteSchemaReader.ReadAsync(connection);

        Assert.NotEmpty(sqlite);
        var difference = SetDifference.Describe(sqlite, sqlServer.Select(column => column.AsSqliteStoresIt()), "SQLite", "SQL Server");
        Assert.True(difference.Length == 0, difference);
    }
}
