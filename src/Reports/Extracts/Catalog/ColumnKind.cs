namespace Warehouse.Reports.Extracts.Catalog;

/// <summary>How a view column becomes a cell: its .NET value, its number format, its CSV text.</summary>
internal enum ColumnKind
{
    /// <summary>A label or free text (neutralised against formula injection).</summary>
    Text,

    /// <summary>A source code kept as text so leading zeros survive ("01", "2A").</summary>
    Code,

    /// <summary>A year or a warehouse key: a whole number shown without a thousands separator.</summary>
    Identifier,

    /// <summary>A published measure that is a whole number.</summary>
    WholeMeasure,

    /// <summary>A published measure with decimals.</summary>
    DecimalMeasure,

    /// <summary>The status beside a measure (NS, NC, EMPTY), written out in French.</summary>
    Status,

    /// <summary>A boolean written "oui" / "non".</summary>
    Flag,

    /// <summary>dim_territory.level written in French.</summary>
    TerritoryLevel,
}
