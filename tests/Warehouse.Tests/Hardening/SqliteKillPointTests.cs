using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>
/// SQLite: a `warehouse load` killed (SIGKILL) at each kill point leaves the facts exactly as they were (or, killed after
/// COMMIT, exactly the new release); the next load marks the dead run interrupted and publishes the release.
/// </summary>
[Trait("Category", "process")]
public sealed class SqliteKillPointTests(LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    public static TheoryData<string> Points => KillPointScenario.Points;

    [Theory]
    [MemberData(nameof(Points))]
    public async Task Load_KilledAtPoint_LeavesTheWarehouseConsistentAndTheNextLoadSucceeds_OnSqlite(string point) =>
        await KillPointScenario.RunAsync(sample, sample.NewSqliteWarehouse("kill-" + point), point);
}
