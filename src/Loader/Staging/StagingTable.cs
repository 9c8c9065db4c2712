using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Staging;

/// <summary>A dataset's staging table: its name and typed columns in the order of <see cref="DatasetDefinition.StagingColumns"/>.</summary>
public sealed record StagingTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<StagingColumnType> Types)
{
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
