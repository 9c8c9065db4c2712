using System.Text;

namespace Warehouse.Core.Dictionary;

/// <summary>One column of a table or view: what it means, its unit, the published field it comes from, and notes for the reader.</summary>
public sealed record DictionaryColumn(string Name, string Meaning, string? Unit, string? Source, string? Notes)
{
    /// <summary>The column's description in one paragraph, as stored in the database (COMMENT ON, MS_Description).</summary>
    public string Describe()
    {
        var text = new StringBuilder(Meaning);
        if (Unit is not null)
        {
            text.Append(" Unit: ").Append(Unit).Append('.');
        }
        if (Notes is not null)
        {
            text.Append(' ').Append(Notes);
        }
        if (Source is not null)
        {
            text.Append(" Source field: ").Append(Source).Append('.');
        }
        return text.ToString();
    }
}
