using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// A SQLite `warehouse load --force` of dataset #1 killed (SIGKILL) while it stages leaves the facts exactly as they were;
/// the next load marks the dead run interrupted and succeeds.
/// </summary>
[Trait("Category", "process")]
public sealed class KilledLoadTests(LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>
{
    [Fact]
    public async Task Load_KilledWhileStaging_KeepsTheFactsAndIsMarkedInterrupted_OnSqlite() =>
        // #1 of the small sample stages for about a second after "reading".
        await KilledLoadScenario.KillWhileStagingAsync(sample, sample.NewSqliteWarehouse("killed"), DatasetCatalog.HeadcountDensity, TimeSpan.FromMilliseconds(250));
}
