namespace Warehouse.Core;

/// <summary>The database engines the warehouse runs on.</summary>
public enum EngineKind
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
