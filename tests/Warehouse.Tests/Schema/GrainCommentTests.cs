using Warehouse.Core;
using Warehouse.Core.Migrations;

namespace Warehouse.Tests.Schema;

/// <summary>Every migration opens with the same grain comment on every engine.</summary>
[Trait("Category", "unit")]
public sealed class GrainCommentTests
{
    public static TheoryData<EngineKind> OtherEngines { get; } = new(Enum.GetValues<EngineKind>().Where(engine => engine != EngineKind.Sqlite));

    [Fact]
    public void FirstLine_IsAGrainComment_InEverySqliteScript() =>
        Assert.All(MigrationScripts.For(EngineKind.Sqlite), script => Assert.StartsWith("-- Grain: ", FirstLine(script.Contents), StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(OtherEngines))]
    public void FirstLine_MatchesSqlite_OnOtherEngines(EngineKind engine)
    {
        var sqlite = MigrationScripts.For(EngineKind.Sqlite).ToDictionary(script => script.Name, script => FirstLine(script.Contents), StringComparer.Ordinal);

        Assert.All(MigrationScripts.For(engine), script =>
        {
            Assert.True(sqlite.TryGetValue(script.Name, out var expected), $"{script.Name} has no SQLite counterpart");
            Assert.Equal(expected, FirstLine(script.Contents));
        });
    }

    [Fact]
    public void FirstLine_IsAGrainComment_InEveryReportAndExplorerQuery()
    {
        var queries = typeof(Warehouse.Core.Sql.SqlFiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("db/reports/", StringComparison.Ordinal) || name.StartsWith("db/queries/", StringComparison.Ordinal))
            .ToList();
        Assert.Contains("db/queries/explorer/share_60_plus.sql", queries);
        Assert.All(queries, name => Assert.StartsWith("-- Grain: ", FirstLine(Warehouse.Core.Sql.SqlFiles.Read(name["db/".Length..])), StringComparison.Ordinal));
    }

    private static string FirstLine(string contents) => contents.Split('\n', 2)[0].TrimEnd('\r');
}
