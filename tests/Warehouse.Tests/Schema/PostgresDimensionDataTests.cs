using System.Data.Common;
using Warehouse.Core;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Schema;

/// <summary>The dimension checks on a freshly migrated PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class PostgresDimensionDataTests(PostgresServer server) : DimensionDataChecks
{
    protected override async Task<DbConnection> OpenMigratedAsync()
    {
        server.SkipIfUnavailable();
        var connectionString = await server.CreateDatabaseAsync("dimension_data");
        return await MigratedDatabase.OpenAsync(EngineKind.PostgreSql, connectionString);
    }

    protected override Task<IReadOnlyList<ColumnShape>> ReadColumnsAsync(DbConnection connection) => PostgresSchemaReader.ReadAsync(connection);
}
