namespace Warehouse.Reports.Maps;

/// <summary>Text printed on each département of the main panel.</summary>
public enum MapLabels
{
    /// <summary>No labels.</summary>
    None,

    /// <summary>Département codes ("2A", "84").</summary>
    Codes,

    /// <summary>Département names (for région maps).</summary>
    Names,
}
