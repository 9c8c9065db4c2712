using Warehouse.Core;
using Warehouse.Core.Dictionary;
using Warehouse.Core.Migrations;

namespace Warehouse.Tests.SqlTools;

/// <summary>docs/data-dictionary.md is exactly what the data dictionary generates; the databases get its text at every migrate.</summary>
[Trait("Category", "unit")]
public sealed class DataDictionaryFileTests
{
    private static readonly DataDictionary Dictionary = DataDictionary.Load();

    [Fact]
    public void Markdown_IsGeneratedFromTheDictionary() =>
        GeneratedFiles.AssertCurrent("docs/data-dictionary.md", DataDictionaryMarkdown.Generate(Dictionary));

    [Theory]
    [InlineData(EngineKind.PostgreSql)]
    [InlineData(EngineKind.SqlServer)]
    public void EveryMigrate_WritesTheDictionarysDescriptions(EngineKind engine)
    {
        var script = Assert.Single(RepeatableScripts.For(engine), s => s.Name == "dictionary/descriptions.sql");

        Assert.Equal(DbUp.Support.ScriptType.RunAlways, script.SqlScriptOptions.ScriptType);
        Assert.Equal(engine == EngineKind.PostgreSql ? PostgresCommentScript.Generate(Dictionary) : SqlServerDescriptionScript.Generate(Dictionary), script.Contents);
        Assert.Contains("rpt_prescriptions", script.Contents, StringComparison.Ordinal);
    }

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
}
