using System.Data.Common;
using Warehouse.Core;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Schema;

/// <summary>The dimension checks on a freshly migrated SQLite file.</summary>
[Trait("Category", "database")]
public sealed class DimensionDataTests : DimensionDataChecks, IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    protected override Task<DbConnection> OpenMigratedAsync() => MigratedDatabase.OpenAsync(EngineKind.Sqlite, _file.ConnectionString);

    protected override Task<IReadOnlyList<ColumnShape>> ReadColumnsAsync(DbConnection connection) => SqliteSchemaReader.ReadAsync(connection);
}
