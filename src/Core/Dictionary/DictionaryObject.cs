namespace Warehouse.Core.Dictionary;

/// <summary>A table or view of the warehouse: what it holds, what one row is, and its columns in database order.</summary>
public sealed record DictionaryObject(string Name, string Description, string Grain, IReadOnlyList<DictionaryColumn> Columns)
{
    /// <summary>The rpt_* views are the public, read-only face; everything else is a table.</summary>
    public bool IsView => Name.StartsWith("rpt_", StringComparison.Ordinal);

    public DictionarySection Section => DictionarySections.Of(Name);

    /// <summary>The object's description in one paragraph, as stored in the database (COMMENT ON, MS_Description).</summary>
    public string Describe() => $"{Description} Grain: {Grain}";
}
