using Warehouse.Core;
using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// A PostgreSQL `warehouse load --force` of dataset #1 killed (SIGKILL) inside its publishing transaction leaves the
/// facts exactly as they were; the next load marks the dead run interrupted and succeeds.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class PostgresKilledLoadTests(PostgresServer server, LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    [SkippableFact]
    public async Task Load_KilledWhilePublishing_KeepsTheFactsAndIsMarkedInterrupted_OnPostgreSql()
    {
        server.SkipIfUnavailable();
        var target = new WarehouseTarget(EngineKind.PostgreSql, await server.CreateDatabaseAsync("killed_load"));
        await KilledLoadScenario.KillWhilePublishingAsync(sample, target, DatasetCatalog.HeadcountDensity);
    }
}
