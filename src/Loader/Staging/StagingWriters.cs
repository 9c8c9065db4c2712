using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Warehouse.Loader.Staging;

/// <summary>Chooses the bulk path of the connection's engine.</summary>
public static class StagingWriters
{
    public static IStagingWriter Create(DbConnection connection, StagingTable table) => connection switch
    {
        SqliteConnection sqlite => new SqliteStagingWriter(sqlite, table),
        NpgsqlConnection postgres => new PostgreSqlStagingWriter(postgres, table),
        SqlConnection sqlServer => new SqlServerStagingWriter(sqlServer, table),
        _ => throw new NotSupportedException($"No bulk path for {connection?.GetType().Name}."),
    };
}
