using Warehouse.Core;
using Warehouse.Core.Dictionary;
using Warehouse.Core.Migrations;

namespace Warehouse.Tests.SqlTools;

/// <summary>docs/data-dictionary.md and the description migrations are exactly what the data dictionary generates.</summary>
public sealed class DataDictionaryFileTests
{
    private static readonly DataDictionary Dictionary = DataDictionary.Load();

    [Fact]
    public void Markdown_IsGeneratedFromTheDictionary() =>
        GeneratedFiles.AssertCurrent("docs/data-dictionary.md", DataDictionaryMarkdown.Generate(Dictionary));

    [Fact]
    public void PostgresCommentMigration_IsGeneratedFromTheDictionary() =>
        GeneratedFiles.AssertCurrent(NewestDescriptionMigration(EngineKind.PostgreSql), PostgresCommentScript.Generate(Dictionary));

    [Fact]
    public void SqlServerDescriptionMigration_IsGeneratedFromTheDictionary() =>
        GeneratedFiles.AssertCurrent(NewestDescriptionMigration(EngineKind.SqlServer), SqlServerDescriptionScript.Generate(Dictionary));

    [Fact]
    public void EveryObject_HasADescriptionAGrainAndColumns()
    {
        Assert.NotEmpty(Dictionary.Objects);
        Assert.All(Dictionary.Objects, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Description), item.Name);
            Assert.False(string.IsNullOrWhiteSpace(item.Grain), item.Name);
            Assert.NotEmpty(item.Columns);
            Assert.All(item.Columns, column => Assert.False(string.IsNullOrWhiteSpace(column.Meaning), $"{item.Name}.{column.Name}"));
        });
    }

    [Fact]
    public void ReportingViews_ComeFirst_AndCarryTheGrainOfTheirMigration()
    {
        var first = Dictionary.Objects.TakeWhile(item => item.IsView).Select(item => item.Name).ToList();

        Assert.Equal(Dictionary.Objects.Where(item => item.IsView).Select(item => item.Name), first);
        Assert.StartsWith("one row per year × profession × territory × age band × sex", Dictionary.Find("rpt_headcount_density")!.Grain, StringComparison.Ordinal);
    }

    [Fact]
    public void SqliteDescriptionMigration_ChangesNothing_ButKeepsTheNumbersAlike()
    {
        var script = MigrationScripts.For(EngineKind.Sqlite).Last(candidate => candidate.Name.EndsWith(DictionaryScripts.FileSuffix, StringComparison.Ordinal));

        Assert.All(script.Contents.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("--", line, StringComparison.Ordinal));
    }

    /// <summary>The newest NNNN_dictionary_comments.sql of the engine: it carries the current dictionary (older ones are released history).</summary>
    private static string NewestDescriptionMigration(EngineKind engine)
    {
        var name = MigrationScripts.For(engine).Select(script => script.Name).Last(n => n.EndsWith(DictionaryScripts.FileSuffix, StringComparison.Ordinal));
        return $"db/migrations/{EngineNames.Of(engine)}/{name}";
    }
}
