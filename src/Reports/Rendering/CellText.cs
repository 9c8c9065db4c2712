namespace Warehouse.Reports.Rendering;

/// <summary>The marks a table cell prints instead of a number, as the reports' footnotes define them.</summary>
public static class CellText
{
    /// <summary>Secret statistique (NS in the source).</summary>
    public const string Secret = "s";

    /// <summary>Not applicable (NC in the source) or not available: an en dash.</summary>
    public const string NotApplicable = "\u2013";
}
