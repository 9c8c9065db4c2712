using Microsoft.Data.Sqlite;
using Warehouse.Core;
using Warehouse.Core.Engines;

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
        await SampleLoad.GenerateAsync(SampleFolder);
        Engine = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.Sqlite, $"Data Source={DatabasePath}"), SampleFolder);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

}
