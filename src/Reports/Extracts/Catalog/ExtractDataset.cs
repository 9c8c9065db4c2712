namespace Warehouse.Reports.Extracts.Catalog;

/// <summary>
/// A dataset as the extract reads it: the rpt_* view, its columns in the dataset's natural order, how to drop aggregate
/// rows and how to sort. Every identifier here is a constant of the catalogue; none comes from a request.
/// </summary>
internal sealed record ExtractDataset(
    string Id,
    string ShortName,
    string SheetName,
    string TableName,
    string View,
    string FactTable,
    bool IsNational,
    IReadOnlyList<ExtractColumn> Columns,
    IReadOnlyList<string> AggregateFlags,
    string OrderJoins,
    string OrderBy);
