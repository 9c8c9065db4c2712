using System.Data.Common;
using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Warehouse.Core.Sql;

/// <summary>The handful of dialect differences the portable SQL cannot hide: parameter values and id-returning inserts.</summary>
public sealed class SqlDialect
{
    private SqlDialect(EngineKind engine) => Engine = engine;

    public EngineKind Engine { get; }

    public static SqlDialect For(EngineKind engine) => new(engine);

    /// <summary>A timestamp as the engine stores it: ISO-8601 UTC text on SQLite, a typed value elsewhere.</summary>
    public object Timestamp(DateTimeOffset value) => Engine switch
    {
        EngineKind.Sqlite => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        EngineKind.PostgreSql => value.UtcDateTime,
        _ => value,
    };

    /// <summary>A boolean as the engine stores it: 0/1 on SQLite.</summary>
    public object Boolean(bool value) => Engine == EngineKind.Sqlite ? (value ? 1L : 0L) : value;

    /// <summary>An INSERT that returns the generated id of <paramref name="idColumn"/> as a scalar.</summary>
    public string InsertReturningId(string table, string idColumn, IReadOnlyList<string> columns)
    {
        var names = string.Join(", ", columns);
        var values = string.Join(", ", columns.Select(c => "@" + c));
        return Engine == EngineKind.SqlServer
            ? $"INSERT INTO {table} ({names}) OUTPUT INSERTED.{idColumn} VALUES ({values})"
            : $"INSERT INTO {table} ({names}) VALUES ({values}) RETURNING {idColumn}";
    }

    /// <summary>
    /// Session settings for a bulk load. SQLite: foreign keys are not enforced per row (the loader resolved every key against the
    /// dimensions; per-row checks doubled the publish time and disable SQLite's fast DELETE of a whole table), a 16 MB page cache,
    /// NORMAL sync (safe with WAL). Temporary sorts (the duplicate check) stay on disk: in memory they cost 150 MB of a 3.5 M row load.
    /// PostgreSQL: the server checks every 2 s that the loader is still there.
    /// </summary>
    public string? BulkSessionSettings => Engine switch
    {
        EngineKind.Sqlite => "PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;",
        // A killed loader must not leave its statement running (and its load lock held) on the server.
        EngineKind.PostgreSql => "SET client_connection_check_interval = '2s'",
        _ => null,
    };

    /// <summary>Whether a failed statement broke a primary key or unique constraint (a repeated grain key).</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2627 or 2601,
        _ => false,
    };

    /// <summary>
    /// PostgreSQL: refreshes the planner statistics of the dimensions after a publish (the fact table is analyzed before it is
    /// swapped in). Without them (autovacuum never analyzes the dimensions: too few rows) the report queries scanned the whole
    /// fact: 309 ms → 20 ms for a territory's headcounts on the full data (measured). SQLite's report queries fix their join
    /// order; SQL Server updates statistics itself.
    /// </summary>
    public string? AnalyzeAfterPublish() => Engine == EngineKind.PostgreSql
        ? "ANALYZE dim_profession_display, dim_territory, dim_profession, dim_year, dim_age_band, dim_sex, dim_sector, dim_practice_type, dim_prescription_post"
        : null;

    /// <summary>Empties a staging table (TRUNCATE where the engine has it: no per-row work, no bloat).</summary>
    /// <summary>
    /// The newest rows of a table (by <paramref name="key"/>, descending), at most <paramref name="limit"/>, matching every
    /// filter given: a null value means "any" and adds no condition (PostgreSQL cannot type a NULL parameter in "@x IS NULL").
    /// Each filter is bound as the parameter named after its column.
    /// </summary>
    public (string Sql, (string Name, object? Value)[] Parameters) NewestRows(
        string columns, string table, string key, int limit, params (string Column, object? Value)[] filters)
    {
        var given = filters.Where(f => f.Value is not null).ToArray();
        var where = given.Length == 0 ? "" : " WHERE " + string.Join(" AND ", given.Select(f => $"{f.Column} = @{f.Column}"));
        var sql = Engine == EngineKind.SqlServer
            ? $"SELECT TOP ({limit}) {columns} FROM {table}{where} ORDER BY {key} DESC"
            : $"SELECT {columns} FROM {table}{where} ORDER BY {key} DESC LIMIT {limit}";
        return (sql, given);
    }

    public string EmptyTable(string table) => Engine == EngineKind.Sqlite ? $"DELETE FROM {table}" : $"TRUNCATE TABLE {table}";
}
