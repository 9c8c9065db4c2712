using Warehouse.Loader.Datasets;
using Warehouse.Sample;

namespace Warehouse.Tests.Sample;

/// <summary>The small sample (seed 1) generated once, in both variants, for the whole Sample collection.</summary>
public sealed class SmallSampleFixture : IAsyncLifetime
{
    public const int Seed = 1;
    private readonly Dictionary<string, SampleTable> _tables = [];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"warehouse-sample-{Guid.NewGuid():N}");

    public string ApiDirectory => Path.Combine(Root, "api");

    public string BrowserDirectory => Path.Combine(Root, "browser");

    public IReadOnlyList<SampleFile> ApiFiles { get; private set; } = [];

    public IReadOnlyList<SampleFile> BrowserFiles { get; private set; } = [];

    public async Task InitializeAsync()
    {
        ApiFiles = await SampleGenerator.GenerateAsync(new SampleOptions(ApiDirectory, SampleScale.Small, Seed, SampleVariant.Api));
        BrowserFiles = await SampleGenerator.GenerateAsync(new SampleOptions(BrowserDirectory, SampleScale.Small, Seed, SampleVariant.Browser));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    public string PathOf(DatasetDefinition dataset, SampleVariant variant = SampleVariant.Api) =>
        Path.Combine(variant == SampleVariant.Api ? ApiDirectory : BrowserDirectory, dataset.Id + ".csv");

    /// <summary>The API file of a dataset, parsed once.</summary>
    public SampleTable Table(DatasetDefinition dataset)
    {
        lock (_tables)
        {
            if (!_tables.TryGetValue(dataset.Id, out var table))
            {
                table = SampleTable.Read(PathOf(dataset));
                _tables[dataset.Id] = table;
            }
            return table;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SmallSampleGroup : ICollectionFixture<SmallSampleFixture>
{
    public const string Name = "Small synthetic sample";
}
