using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// One rejection rule: the sample file it starts from (<see cref="SourceRows"/> first rows, or all), how it is spoiled,
/// the --dataset option given (if any), and whether the loader can tell the dataset, hence audit the rejection.
/// </summary>
public sealed record BadInputCase(string Name, DatasetDefinition Source, int? SourceRows, Func<SampleCsv, BadFile> Build, string? DatasetOption = null)
{
    /// <summary>Whether etl_load_file / etl_rejected_row record the rejection (false when neither header nor --dataset identify the dataset).</summary>
    public bool Audited { get; init; } = true;

    public override string ToString() => Name;
}
