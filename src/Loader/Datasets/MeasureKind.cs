namespace Warehouse.Loader.Datasets;

/// <summary>How a published measure is parsed and stored.</summary>
public enum MeasureKind
{
    /// <summary>A whole number (headcounts, euros written as digits, mean ages).</summary>
    WholeNumber,

    /// <summary>A decimal number ('.' or ',' as the separator).</summary>
    DecimalNumber,
}
