using System.Data.Common;
using Warehouse.Core;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Schema;

/// <summary>The dimension checks on a freshly migrated SQL Server database (live: only with WAREHOUSE_TEST_SQLSERVER).</summary>
[Trait("Category", "database")]
public sealed class SqlServerDimensionDataTests : DimensionDataChecks
{
    protected override Task<DbConnection> OpenMigratedAsync() =>
        MigratedDatabase.OpenAsync(EngineKind.SqlServer, SqlServerLive.NewDatabase("warehouse_dims"));

    protected override Task<IReadOnlyList<ColumnShape>> ReadColumnsAsync(DbConnection connection) => SqlServerSchemaReader.ReadAsync(connection);
}
