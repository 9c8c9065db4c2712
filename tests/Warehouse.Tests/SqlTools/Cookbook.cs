using System.Text.RegularExpressions;

namespace Warehouse.Tests.SqlTools;

/// <summary>One question of docs/sql-cookbook.md and its SQL per engine (the same text when the block is portable).</summary>
internal sealed record CookbookQuestion(string Title, string SqliteSql, string PostgresSql)
{
    public bool IsPortable => SqliteSql == PostgresSql;
}

/// <summary>
/// Reads docs/sql-cookbook.md: every "## N. title" section is a question with one ```sql block that runs on both engines, or
/// one ```sql sqlite and one ```sql postgresql block where the dialects differ. Other sections hold no query.
/// </summary>
internal static partial class Cookbook
{
    public const string RelativePath = "docs/sql-cookbook.md";

    public static IReadOnlyList<CookbookQuestion> Read()
    {
        var text = File.ReadAllText(RepositoryPaths.Of(RelativePath)).ReplaceLineEndings("\n");
        var questions = new List<CookbookQuestion>();
        foreach (Match section in Section().Matches(text))
        {
            var title = section.Groups["title"].Value.Trim();
            var blocks = Block().Matches(section.Groups["body"].Value)
                .Select(block => (Tag: block.Groups["tag"].Value.Trim(), Sql: block.Groups["sql"].Value.Trim()))
                .ToList();
            if (!Numbered().IsMatch(title))
            {
                if (blocks.Count > 0)
                {
                    throw new InvalidOperationException($"{RelativePath}: \"{title}\" holds SQL but is not a numbered question (## N. ...).");
                }
                continue;
            }
            questions.Add(blocks switch
            {
                [("", var sql)] => new CookbookQuestion(title, sql, sql),
                [("sqlite", var sqlite), ("postgresql", var postgres)] => new CookbookQuestion(title, sqlite, postgres),
                _ => throw new InvalidOperationException(
                    $"{RelativePath}: question \"{title}\" needs one ```sql block, or a ```sql sqlite block then a ```sql postgresql block; it has {blocks.Count} block(s)."),
            });
        }
        return questions;
    }

    public static CookbookQuestion Find(string title) => Read().Single(question => question.Title == title);

    [GeneratedRegex(@"^## (?<title>[^\n]+)\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Section();

    [GeneratedRegex(@"^```sql(?<tag>[^\n]*)\n(?<sql>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Block();

    [GeneratedRegex(@"^[0-9]+\. ", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
