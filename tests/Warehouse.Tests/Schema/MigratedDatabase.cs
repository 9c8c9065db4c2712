using System.Data.Common;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;

namespace Warehouse.Tests.Schema;

/// <summary>Applies every embedded migration of an engine with the production <see cref="Migrator"/>, then opens a connection.</summary>
internal static class MigratedDatabase
{
    public static async Task<DbConnection> OpenAsync(EngineKind engine, string connectionString)
    {
        var warehouse = WarehouseEngines.Create(new WarehouseSettings(engine, connectionString));
        var applied = await new Migrator(warehouse).ApplyAsync();
        Assert.Equal(MigrationScripts.For(engine).Select(script => script.Name), applied);
        return await warehouse.OpenAsync();
    }
}
