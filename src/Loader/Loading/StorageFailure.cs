using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Warehouse.Loader.Loading;

/// <summary>Says a database error plainly when it is a full disk: which warehouse (file or server) ran out of space.</summary>
internal static class StorageFailure
{
    private const int SqliteFull = 13;
    private const string PostgresDiskFull = "53100";

    public static string Describe(Exception error, DbConnection connection) => error switch
    {
        SqliteException { SqliteErrorCode: SqliteFull } =>
            $"the disk holding the warehouse file {connection.DataSource} is full ({error.Message}); free some space and load again",
        PostgresException { SqlState: PostgresDiskFull } =>
            $"the disk of the PostgreSQL server {connection.DataSource} is full ({error.Message}); free some space and load again",
        _ => error.Message,
    };
}
