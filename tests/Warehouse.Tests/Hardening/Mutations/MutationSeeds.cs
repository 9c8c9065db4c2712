using Microsoft.Data.Sqlite;
using Warehouse.Sample;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>
/// Valid inputs to mutate: the first <see cref="Rows"/> data rows of each dataset of the small sample, API and browser
/// variants, byte for byte; and a SQLite warehouse holding the API ones. Removed at the end.
/// </summary>
public sealed class MutationSeeds : IAsyncLifetime
{
    public const int Rows = 120;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"warehouse-mutations-{Guid.NewGuid():N}");

    public IReadOnlyList<(string Name, byte[] Bytes)> Files { get; private set; } = [];

    public WarehouseTarget Warehouse => WarehouseTarget.Sqlite(Path.Combine(Root, "warehouse.db"));

    public async Task InitializeAsync()
    {
        var files = new List<(string, byte[])>();
        foreach (var variant in new[] { SampleVariant.Api, SampleVariant.Browser })
        {
            var directory = Path.Combine(Root, "sample-" + variant.ToString().ToLowerInvariant());
            foreach (var file in (await SampleGenerator.GenerateAsync(new SampleOptions(directory, SampleScale.Small, LoaderSampleFixture.Seed, variant))))
            {
                files.Add(($"{variant}:{Path.GetFileNameWithoutExtension(file.Path)}", FirstLines(await File.ReadAllBytesAsync(file.Path), Rows + 1)));
            }
        }
        Files = files;
        var seeds = Directory.CreateDirectory(Path.Combine(Root, "seeds")).FullName;
        foreach (var (name, bytes) in files.Where(f => f.Item1.StartsWith("Api:", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(Path.Combine(seeds, name[4..] + ".csv"), bytes);
        }
        // The seeds are synthetic, and marked so: they must not teach the warehouse codes the regression fixtures predate.
        File.Copy(Path.Combine(Root, "sample-api", "SYNTHETIC.txt"), Path.Combine(seeds, "SYNTHETIC.txt"));
        await Warehouse.MigrateAsync();
        var result = await Warehouse.LoadAsync(seeds);
        Assert.True(result.ExitCode == 0, string.Join('\n', result.Files.Select(f => f.Message)));
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    private static byte[] FirstLines(byte[] bytes, int lines)
    {
        var end = 0;
        for (var i = 0; i < lines && end < bytes.Length; i++)
        {
            end = Array.IndexOf(bytes, (byte)'\n', end) + 1;
        }
        return bytes[..end];
    }
}
