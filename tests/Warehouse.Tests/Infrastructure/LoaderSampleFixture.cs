using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Warehouse.Loader.Datasets;
using Warehouse.Sample;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// The small synthetic sample (seed 1, API variant) generated once per test class into a temp folder, the browser
/// variant on first use, and fresh folders and SQLite warehouses under the same root (all removed at the end).
/// </summary>
public sealed class LoaderSampleFixture : IAsyncLifetime
{
    public const int Seed = 1;
    private readonly Lazy<Task<string>> _browser;
    private readonly Dictionary<string, SampleCsv> _tables = new(StringComparer.Ordinal);

    public LoaderSampleFixture() => _browser = new(() => GenerateAsync(SampleVariant.Browser));

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"warehouse-loader-tests-{Guid.NewGuid():N}");

    public string ApiDirectory => Path.Combine(Root, "api");

    public async Task InitializeAsync() => await GenerateAsync(SampleVariant.Api);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
        return Task.CompletedTask;
    }

    /// <summary>The browser variant (two BOMs, CRLF, label headers) of the same seed, generated on first use.</summary>
    public Task<string> BrowserDirectoryAsync() => _browser.Value;

    public string PathOf(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Path.Combine(ApiDirectory, dataset.Id + ".csv");
    }

    /// <summary>Data rows of the API file: its lines minus the header.</summary>
    public long DataRows(DatasetDefinition dataset) => CountLines(PathOf(dataset)) - 1;

    public string Sha256Of(DatasetDefinition dataset) => Sha256OfFile(PathOf(dataset));

    /// <summary>The API file of a dataset, parsed once (whole file).</summary>
    public SampleCsv Csv(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        lock (_tables)
        {
            if (!_tables.TryGetValue(dataset.Id, out var table))
            {
                table = SampleCsv.Read(PathOf(dataset));
                _tables[dataset.Id] = table;
            }
            return table;
        }
    }

    /// <summary>A new empty folder under the root.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(Root, "work", $"{name}-{Guid.NewGuid():N}")).FullName;

    /// <summary>A SQLite warehouse file (not created yet) in a new folder.</summary>
    public WarehouseTarget NewSqliteWarehouse(string name) => WarehouseTarget.Sqlite(Path.Combine(NewFolder(name), "warehouse.db"));

    public static long CountLines(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return lines;
    }

    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private async Task<string> GenerateAsync(SampleVariant variant)
    {
        var directory = Path.Combine(Root, variant.ToString().ToLowerInvariant());
        await SampleGenerator.GenerateAsync(new SampleOptions(directory, SampleScale.Small, Seed, variant));
        return directory;
    }
}
