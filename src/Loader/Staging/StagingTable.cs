using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Staging;

/// <summary>
/// Where a dataset's parsed rows are bulk-written: a table, its typed columns, and which slot of the
/// <see cref="StagingRow"/> (laid out as <see cref="DatasetDefinition.StagingColumns"/>) each column takes.
/// </summary>
public sealed record StagingTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<StagingColumnType> Types)
{
    /// <summary>The row slot of each column; by default the columns are the row's slots, in order.</summary>
    public IReadOnlyList<int> Slots { get; init; } = Enumerable.Range(0, Columns.Count).ToArray();

    /// <summary>The same rows written into a table of the fact's columns: every slot but the file line number.</summary>
    public StagingTable AsFactTable(string name)
    {
        var kept = Enumerable.Range(0, Columns.Count).Where(i => Columns[i] != "line_number").ToArray();
        return new StagingTable(name, [.. kept.Select(i => Columns[i])], [.. kept.Select(i => Types[i])]) { Slots = kept };
    }

    public static StagingTable For(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var types = new List<StagingColumnType> { StagingColumnType.BigNumber, StagingColumnType.BigNumber };
        types.AddRange(dataset.GrainColumns.Select(_ => StagingColumnType.Key));
        foreach (var measure in dataset.Measures)
        {
            types.Add(measure.Kind == MeasureKind.WholeNumber ? StagingColumnType.BigNumber : StagingColumnType.RealNumber);
            types.Add(StagingColumnType.Text);
        }
        types.AddRange(dataset.StoredTextColumns.Select(_ => StagingColumnType.Text));
        return new StagingTable(dataset.StagingTable, dataset.StagingColumns, types);
    }
}
