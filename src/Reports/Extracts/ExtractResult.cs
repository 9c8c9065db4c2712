namespace Warehouse.Reports.Extracts;

/// <summary>What was written: the format, the rows per dataset, the sheets or files, and whether any dataset is synthetic.</summary>
public sealed record ExtractResult(
    ExtractFormat Format,
    string ContentType,
    string FileExtension,
    long RowCount,
    IReadOnlyList<ExtractedDataset> Datasets,
    IReadOnlyList<string> Parts,
    bool IsSynthetic);

/// <summary>One dataset of an extract: its id, short name and the rows written.</summary>
public sealed record ExtractedDataset(string Id, string ShortName, long Rows);
