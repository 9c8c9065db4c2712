using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// The real `warehouse load` of the small sample's headcount rows repeated 2 and 8 times (344 k and 1.4 M rows, 42 and
/// 170 MB; the keys repeat, so both are parsed and staged in full, then rejected at publication: the same path at two
/// sizes) keeps its resident set under 400 MB, and the 8× peak is not larger than the 2× peak beyond noise: memory does
/// not grow with the input. The multi-GB version is bench/memory.
/// </summary>
[Trait("Category", "process")]
public sealed class FlatMemoryTests(LoaderSampleFixture sample, ITestOutputHelper output) : IClassFixture<LoaderSampleFixture>
{
    private const double BoundMb = 400;
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Load_OfAnInputFourTimesLarger_KeepsTheSamePeakMemoryUnder400Mb()
    {
        var small = await PeakAsync(2);
        var large = await PeakAsync(8);

        output.WriteLine($"peak RSS: 2× {small:0} MB, 8× {large:0} MB");
        Assert.InRange(small, 1, BoundMb);
        Assert.InRange(large, 1, BoundMb);
        Assert.True(large <= small * 1.15 + 16, $"the peak grew with the input: 2× {small:0} MB, 8× {large:0} MB");
    }

    private async Task<double> PeakAsync(int copies)
    {
        var folder = sample.NewFolder($"memory-{copies}x");
        var input = Path.Combine(folder, DatasetCatalog.HeadcountDensity.Id + ".csv");
        await RepeatedInput.WriteAsync(sample.PathOf(DatasetCatalog.HeadcountDensity), input, copies);
        var target = WarehouseTarget.Sqlite(Path.Combine(folder, "warehouse.db"));
        await target.MigrateAsync();
        using var load = CliProcess.Start(folder, ["load", "--from", input, .. target.CliTarget()]);

        var peak = await PeakMemory.WatchAsync(load, CliTimeout);

        Assert.True(load.ExitCode == 2, load.Output);
        Assert.Contains("duplicate grain key", load.Output, StringComparison.Ordinal);
        Assert.Contains($"{sample.DataRows(DatasetCatalog.HeadcountDensity) * copies:N0} rows staged", load.Output, StringComparison.Ordinal);
        return peak;
    }
}
