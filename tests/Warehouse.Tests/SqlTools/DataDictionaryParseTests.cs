using Warehouse.Core.Dictionary;

namespace Warehouse.Tests.SqlTools;

/// <summary>How the dictionary JSON is read: references resolved, mistakes named.</summary>
[Trait("Category", "unit")]
public sealed class DataDictionaryParseTests
{
    private static readonly Dictionary<string, string> NoGrains = new(StringComparer.Ordinal);

    [Fact]
    public void References_TakeTheMeaningUnitAndNotes_OfTheEntryTheyName()
    {
        const string json = """
            { "objects": [
              { "name": "dim_a", "description": "A.", "grain": "one row per a.", "columns": { "x": { "meaning": "X.", "unit": "euros", "notes": "N." } } },
              { "name": "rpt_b", "description": "B.", "grain": "one row per b.", "columns": { "x": "=dim_a", "y": "=dim_a.x", "z": "Z." } }
            ] }
            """;

        var view = DataDictionary.Parse(json, NoGrains).Find("rpt_b")!;

        Assert.Equal(new DictionaryColumn("x", "X.", "euros", null, "N."), view.Columns[0]);
        Assert.Equal(new DictionaryColumn("y", "X.", "euros", null, "N."), view.Columns[1]);
        Assert.Equal("Z.", view.Columns[2].Meaning);
        Assert.Equal("X. Unit: euros. N.", view.Columns[0].Describe());
    }

    [Fact]
    public void Views_ComeBeforeTables_WhateverTheFileOrder()
    {
        const string json = """
            { "objects": [
              { "name": "dim_a", "description": "A.", "grain": "g.", "columns": { "x": "X." } },
              { "name": "rpt_b", "description": "B.", "grain": "g.", "columns": { "x": "X." } }
            ] }
            """;

        Assert.Equal(["rpt_b", "dim_a"], DataDictionary.Parse(json, NoGrains).Objects.Select(item => item.Name));
    }

    [Theory]
    [InlineData("""{ "objects": [ { "name": "dim_a", "description": "A.", "grain": "g.", "columns": { "x": "=dim_b" } } ] }""", "has no object dim_b")]
    [InlineData("""{ "objects": [ { "name": "dim_a", "description": "A.", "grain": "g.", "columns": { "x": "=dim_a.y" } } ] }""", "dim_a.y, which it does not describe")]
    [InlineData("""{ "objects": [ { "name": "dim_a", "description": "A.", "grain": "g.", "columns": { "x": "=dim_a.y", "y": "=dim_a.x" } } ] }""", "in a circle")]
    [InlineData("""{ "objects": [ { "name": "dim_a", "description": "A.", "columns": { "x": "X." } } ] }""", "dim_a has no grain")]
    [InlineData("""{ "objects": [ { "name": "dim_a", "description": "A.", "grain": "g.", "columns": { "x": " " } } ] }""", "dim_a.x has an empty meaning")]
    public void Mistakes_AreNamed(string json, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DataDictionary.Parse(json, NoGrains));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGrainStatedTwice_IsAMistake()
    {
        const string json = """{ "objects": [ { "name": "fact_a", "description": "A.", "grain": "g.", "columns": { "x": "X." } } ] }""";
        var grains = new Dictionary<string, string>(StringComparer.Ordinal) { ["fact_a"] = "one row per a." };

        var error = Assert.Throws<InvalidOperationException>(() => DataDictionary.Parse(json, grains));

        Assert.Contains("keep the migration's", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrainComments_AreTheCommentRightAboveTheCreate()
    {
        const string sql = """
            -- Grain: of the file.
            -- More about the file.

            -- Grain: one row per a.
            -- A note.
            CREATE TABLE fact_a (x INTEGER);

            -- Grain: one row per b.

            CREATE TABLE fact_b (x INTEGER);
            -- Grain: one row per c.
            CREATE OR REPLACE VIEW rpt_c AS SELECT 1 AS x;
            """;

        var grains = GrainComments.Read([sql]);

        Assert.Equal("one row per a.", grains["fact_a"]);
        Assert.False(grains.ContainsKey("fact_b"));
        Assert.Equal("one row per c.", grains["rpt_c"]);
    }
}
