using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>Writes the synthetic rows of one dataset.</summary>
internal interface ISampleWriter
{
    DatasetDefinition Dataset { get; }

    void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken);
}
