using Warehouse.Sample;

namespace Warehouse.Tests.Sample;

/// <summary>Same seed, same bytes; another seed, other figures.</summary>
[Collection(SmallSampleGroup.Name)]
[Trait("Category", "unit")]
public sealed class SampleDeterminismTests(SmallSampleFixture sample) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"warehouse-sample-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Same_seed_gives_identical_bytes()
    {
        var files = await SampleGenerator.GenerateAsync(new SampleOptions(Path.Combine(_root, "same"), SampleScale.Small, SmallSampleFixture.Seed));
        Assert.Equal(7, files.Count);
        foreach (var file in files)
        {
            var original = sample.ApiFiles.Single(f => f.DatasetId == file.DatasetId);
            Assert.True(File.ReadAllBytes(original.Path).AsSpan().SequenceEqual(File.ReadAllBytes(file.Path)), $"{file.DatasetId} differs");
        }
    }

    [Fact]
    public async Task Another_seed_gives_other_figures_in_the_same_shape()
    {
        var files = await SampleGenerator.GenerateAsync(new SampleOptions(Path.Combine(_root, "other"), SampleScale.Small, SmallSampleFixture.Seed + 1));
        foreach (var file in files)
        {
            var original = sample.ApiFiles.Single(f => f.DatasetId == file.DatasetId);
            Assert.Equal(original.Rows, file.Rows);
            Assert.False(File.ReadAllBytes(original.Path).AsSpan().SequenceEqual(File.ReadAllBytes(file.Path)), $"{file.DatasetId} is the same");
        }
    }
}
