using Warehouse.Core.Dimensions;

namespace Warehouse.Sample;

/// <summary>
/// Generates a deterministic synthetic copy of the seven data.ameli datasets (one <c>&lt;dataset_id&gt;.csv</c> each,
/// plus <c>SYNTHETIC.txt</c>): exact export format, every trap of the real files, internally consistent figures.
/// The same options give byte-identical CSVs. Rows are streamed to disk.
/// </summary>
public static class SampleGenerator
{
    private static readonly ISampleWriter[] Writers =
    [
        new HeadcountDensityWriter(),
        new DemographicProfileWriter(),
        new SectorWriter(),
        new PracticeTypeWriter(),
        new FeesWriter(),
        new PrescriptionsWriter(),
        new PatientsWriter(),
    ];

    public static async Task<IReadOnlyList<SampleFile>> GenerateAsync(
        SampleOptions options, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.OutputDirectory);
        Directory.CreateDirectory(options.OutputDirectory);
        var dimensions = await EmbeddedReferenceDimensions.LoadAsync(ct);
        var context = new SampleContext(dimensions, options);
        var files = new List<SampleFile>();
        foreach (var writer in Writers)
        {
            ct.ThrowIfCancellationRequested();
            var path = Path.Combine(options.OutputDirectory, writer.Dataset.Id + ".csv");
            using var file = SampleCsvFile.Create(path, writer.Dataset, options.Variant, options.Seed);
            writer.Write(context, file, ct);
            var written = file.Complete();
            files.Add(written);
            progress?.Report($"{writer.Dataset.Id}: {written.Rows:N0} rows, {written.Bytes:N0} bytes");
        }
        SyntheticMarker.Write(options.OutputDirectory, options, files);
        return files;
    }
}
