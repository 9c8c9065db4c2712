using Warehouse.Core;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// PostgreSQL: a `warehouse load` killed (SIGKILL) at each kill point leaves the facts exactly as they were (or, killed after
/// COMMIT, exactly the new release); the next load marks the dead run interrupted and publishes the release.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class PostgresKillPointTests(PostgresServer server, LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    public static TheoryData<string> Points => KillPointScenario.Points;

    [SkippableTheory]
    [MemberData(nameof(Points))]
    public async Task Load_KilledAtPoint_LeavesTheWarehouseConsistentAndTheNextLoadSucceeds_OnPostgreSql(string point)
    {
        server.SkipIfUnavailable();
        var target = new WarehouseTarget(EngineKind.PostgreSql, await server.CreateDatabaseAsync("kill_" + point.Replace('-', '_')));
        await KillPointScenario.RunAsync(sample, target, point);
    }
}
