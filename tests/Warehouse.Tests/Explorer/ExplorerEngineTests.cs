using Warehouse.Core;
using Warehouse.Reports.Explorer;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Explorer;

/// <summary>The explorer's SQL (db/queries/explorer) runs on SQLite and PostgreSQL and gives the same values from the same sample.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class ExplorerEngineTests(PostgresServer server)
{
    [SkippableFact]
    public async Task EveryIndicator_GivesTheSameValues_OnSqliteAndPostgreSql()
    {
        server.SkipIfUnavailable();
        var folder = Directory.CreateTempSubdirectory("warehouse-explorer-").FullName;
        try
        {
            var sample = Path.Combine(folder, "sample");
            await SampleLoad.GenerateAsync(sample);
            var sqlite = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.Sqlite, $"Data Source={Path.Combine(folder, "warehouse.db")}"), sample);
            var postgres = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.PostgreSql, await server.CreateDatabaseAsync("explorer")), sample);
            foreach (var indicator in ExplorerIndicators.All)
            {
                foreach (var profession in new[] { 2, 12, 32 })
                {
                    var fromSqlite = await ValuesAsync(sqlite, indicator, profession);
                    var fromPostgres = await ValuesAsync(postgres, indicator, profession);
                    Assert.True(fromSqlite.Count > 0 || indicator.NeedsPost || profession != 2, $"{indicator.Id}: no value for the généralistes");
                    Assert.Equal(fromSqlite, fromPostgres);
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> ValuesAsync(Warehouse.Core.Engines.IWarehouseEngine engine, ExplorerIndicator indicator, int profession)
    {
        await using var connection = await engine.OpenAsync();
        var values = await new ExplorerQueries(connection).ValuesAsync(indicator, profession, 1, ExplorerQueries.AllYears, CancellationToken.None);
        // Rounded past any display precision: the engines may differ in the last bits of a division.
        return [.. values.Select(v => $"{v.Year} {v.TerritoryKey} {v.Value.Value?.ToString("0.#########", System.Globalization.CultureInfo.InvariantCulture)} {v.Value.Status}")];
    }
}
