using Warehouse.Core;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// The small sample loaded once per engine for <see cref="EngineLoadTests"/>: API variant into SQLite and into PostgreSQL,
/// browser variant into SQLite. Each load happens on first use, so a skipped PostgreSQL costs nothing.
/// </summary>
public sealed class EngineLoadFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private Task<LoadedWarehouse>? _sqlite;
    private Task<LoadedWarehouse>? _postgres;
    private Task<LoadedWarehouse>? _browser;

    public LoaderSampleFixture Sample { get; } = new();

    public Task InitializeAsync() => Sample.InitializeAsync();

    public Task DisposeAsync() => Sample.DisposeAsync();

    public Task<LoadedWarehouse> SqliteAsync()
    {
        lock (_gate)
        {
            return _sqlite ??= LoadAsync(Sample.NewSqliteWarehouse("api"), Sample.ApiDirectory);
        }
    }

    public Task<LoadedWarehouse> PostgresAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        lock (_gate)
        {
            return _postgres ??= LoadPostgresAsync(server);
        }
    }

    public Task<LoadedWarehouse> SqliteBrowserAsync()
    {
        lock (_gate)
        {
            return _browser ??= LoadBrowserAsync();
        }
    }

    private async Task<LoadedWarehouse> LoadPostgresAsync(PostgresServer server) =>
        await LoadAsync(new WarehouseTarget(EngineKind.PostgreSql, await server.CreateDatabaseAsync("engine_load")), Sample.ApiDirectory);

    private async Task<LoadedWarehouse> LoadBrowserAsync() =>
        await LoadAsync(Sample.NewSqliteWarehouse("browser"), await Sample.BrowserDirectoryAsync());

    private static async Task<LoadedWarehouse> LoadAsync(WarehouseTarget target, string folder)
    {
        await target.MigrateAsync();
        var run = await target.LoadAsync(folder);
        return new LoadedWarehouse(target, folder, run, await FactChecksums.ComputeAsync(target));
    }
}
