using Microsoft.Data.Sqlite;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;

namespace Warehouse.Core.Dimensions;

/// <summary>The dimension rows as the migrations seed them, without a warehouse: migrates a throwaway SQLite file and reads it.</summary>
public static class EmbeddedReferenceDimensions
{
    public static async Task<ReferenceDimensions> LoadAsync(CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Path.GetTempPath(), $"warehouse-reference-{Guid.NewGuid():N}.db");
        try
        {
            var engine = WarehouseEngines.Create(new WarehouseSettings(EngineKind.Sqlite, $"Data Source={path};Pooling=False"));
            await new Migrator(engine).ApplyAsync(cancellationToken);
            await using var connection = await engine.OpenAsync(cancellationToken);
            return await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
