using System.Text;

namespace Warehouse.Core.Dictionary;

/// <summary>The PostgreSQL description migration: COMMENT ON every table, view and column (a comment replaces the previous one).</summary>
public static class PostgresCommentScript
{
    public static string Generate(DataDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var text = new StringBuilder();
        text.Append(DictionaryScripts.GrainLine).Append('\n');
        text.Append(DictionaryScripts.GeneratedNote);
        foreach (var item in dictionary.Objects)
        {
            text.Append('\n');
            text.Append("COMMENT ON ").Append(item.IsView ? "VIEW " : "TABLE ").Append(item.Name)
                .Append(" IS ").Append(Literal(item.Describe())).Append(";\n");
            foreach (var column in item.Columns)
            {
                text.Append("COMMENT ON COLUMN ").Append(item.Name).Append('.').Append(column.Name)
                    .Append(" IS ").Append(Literal(column.Describe())).Append(";\n");
            }
        }
        return text.ToString();
    }

    /// <summary>A standard string literal (standard_conforming_strings is on since PostgreSQL 9.1: only quotes are doubled).</summary>
    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
