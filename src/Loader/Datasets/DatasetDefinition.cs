namespace Warehouse.Loader.Datasets;

/// <summary>The contract of one data.ameli dataset: its CSV columns in export order and where each one goes.</summary>
public sealed record DatasetDefinition(
    string Id,
    string ShortName,
    string StagingTable,
    string FactTable,
    bool HasTerritory,
    IReadOnlyList<CodedColumn> CodedColumns,
    IReadOnlyList<MeasureColumn> Measures,
    IReadOnlyList<string> CsvColumns)
{
    /// <summary>Published columns stored as text without interpretation (honoraires' constant taux_depassement).</summary>
    public IReadOnlyDictionary<string, string> StoredTextColumns { get; init; } = new Dictionary<string, string>();

    /// <summary>The grain key columns of the fact table.</summary>
    public IReadOnlyList<string> GrainColumns =>
        ["year", "profession_key", .. HasTerritory ? ["territory_key"] : Array.Empty<string>(), .. CodedColumns.Select(c => c.KeyColumn)];

    /// <summary>The staging columns in insert order (load_file_id, line_number, grain, measures with statuses, stored text).</summary>
    public IReadOnlyList<string> StagingColumns =>
    [
        "load_file_id", "line_number", .. GrainColumns,
        .. Measures.SelectMany(m => new[] { m.Column, m.Column + "_status" }),
        .. StoredTextColumns.Values,
    ];
}
