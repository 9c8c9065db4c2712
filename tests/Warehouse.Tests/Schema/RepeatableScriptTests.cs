using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Schema;

/// <summary>The views of db/views are written once and rewritten at every migrate; they are never journaled or pending.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class RepeatableScriptTests(PostgresServer server) : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public Task Migrate_RewritesADroppedView_AndJournalsOnlyNumberedMigrations_OnSqlite() =>
        DroppedViewComesBackAsync(new WarehouseTarget(EngineKind.Sqlite, _file.ConnectionString));

    [SkippableFact]
    public async Task Migrate_RewritesADroppedView_AndJournalsOnlyNumberedMigrations_OnPostgreSql()
    {
        server.SkipIfUnavailable();
        await DroppedViewComesBackAsync(new WarehouseTarget(EngineKind.PostgreSql, await server.CreateDatabaseAsync("repeatable")));
    }

    [Fact]
    public void EveryViewFile_IsOneReportingViewOnEveryEngine()
    {
        var names = ViewFiles.For(EngineKind.Sqlite).Select(v => v.Name).ToList();

        Assert.Contains("rpt_prescriptions", names);
        Assert.All(names, name => Assert.StartsWith("rpt_", name, StringComparison.Ordinal));
        Assert.All(Enum.GetValues<EngineKind>(), engine => Assert.Equal(names, ViewFiles.For(engine).Select(v => v.Name)));
        Assert.Contains("SUBSTRING(d.fact_table, 6, 128)", ViewFiles.For(EngineKind.SqlServer).Single(v => v.Name == "rpt_dataset_release").Select, StringComparison.Ordinal);
    }

    private static async Task DroppedViewComesBackAsync(WarehouseTarget warehouse)
    {
        var applied = await warehouse.MigrateAsync();
        var migrations = MigrationScripts.For(warehouse.Engine).Select(s => s.Name).ToList();
        Assert.Equal(migrations, applied);
        await Db.RowsAsync(warehouse, "DROP VIEW rpt_fees");

        var again = await warehouse.MigrateAsync();

        Assert.Empty(again);
        Assert.Equal(0L, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM rpt_fees"));
        Assert.Equal(migrations.Count, await Db.CountAsync(warehouse, $"SELECT COUNT(*) FROM {WarehouseEngines.JournalTable}"));
        Assert.Empty(await new Migrator(warehouse.CreateEngine()).PendingAsync());
    }
}
