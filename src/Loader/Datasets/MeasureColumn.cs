namespace Warehouse.Loader.Datasets;

/// <summary>A published measure: its CSV column, its staging/fact column (with a <c>_status</c> twin) and its kind.</summary>
public sealed record MeasureColumn(string CsvName, string Column, MeasureKind Kind, bool IsCount);
