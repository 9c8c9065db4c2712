namespace Warehouse.Core;

/// <summary>The configuration names of the engines (`Warehouse:Engine`), also their folder names under db/migrations.</summary>
public static class EngineNames
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";
    public const string SqlServer = "sqlserver";

    public static IReadOnlyList<string> All { get; } = [Sqlite, PostgreSql, SqlServer];

    public static string Of(EngineKind kind) => kind switch
    {
        EngineKind.Sqlite => Sqlite,
        EngineKind.PostgreSql => PostgreSql,
        EngineKind.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, out EngineKind kind)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case Sqlite: kind = EngineKind.Sqlite; return true;
            case PostgreSql or "postgres": kind = EngineKind.PostgreSql; return true;
            case SqlServer or "mssql": kind = EngineKind.SqlServer; return true;
            default: kind = default; return false;
        }
    }
}
