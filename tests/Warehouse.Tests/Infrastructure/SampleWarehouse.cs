using Microsoft.Data.Sqlite;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Loader.Sample;

namespace Warehouse.Tests.Infrastructure;

/// <summary>A SQLite warehouse loaded with the small synthetic sample (seed 1), built once per test class that uses it.</summary>
public sealed class SampleWarehouse : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-sample-").FullName;

    public IWarehouseEngine Engine { get; private set; } = null!;

    public string SampleFolder => Path.Combine(_folder, "sample");

    public string DatabasePath => Path.Combine(_folder, "warehouse.db");

    public async Task InitializeAsync()
    {
        await SampleGenerator.GenerateAsync(new SampleOptions(SampleFolder));
        Engine = WarehouseEngines.Create(new WarehouseSettings(EngineKind.Sqlite, $"Data Source={DatabasePath}"));
        await new Migrator(Engine).ApplyAsync();
        var run = await new LoadService(Engine, new LoadOptions(), new SilentReporter()).LoadPathAsync(SampleFolder, LoadTrigger.Cli);
        Assert.Equal(0, run.ExitCode);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private sealed class SilentReporter : ILoadReporter
    {
        public void FileStarted(string source, string datasetId) { }

        public void RowsStaged(string datasetId, long rows) { }

        public void FileFinished(FileLoadResult result) { }

        public void Note(string message) { }
    }
}
