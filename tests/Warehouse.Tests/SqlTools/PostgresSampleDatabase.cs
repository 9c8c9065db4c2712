using System.Collections.Concurrent;
using System.Security.Cryptography;
using Npgsql;
using Warehouse.Core;
using Warehouse.Core.Security;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>
/// A PostgreSQL warehouse loaded with the small synthetic sample (the same data as <see cref="SampleWarehouse"/>), built once
/// per test run and server, and a login role in warehouse_reader to read it the way a reader does.
/// </summary>
internal static class PostgresSampleDatabase
{
    public const string ReaderLogin = "warehouse_test_reader";

    private static readonly ConcurrentDictionary<PostgresServer, Lazy<Task<(string Admin, string Reader)>>> Databases = new();

    /// <summary>The connection string of the database owner (the migrating account).</summary>
    public static async Task<string> AdminConnectionStringAsync(PostgresServer server) => (await GetAsync(server)).Admin;

    /// <summary>The same database, logged in as <see cref="ReaderLogin"/>, a member of warehouse_reader only.</summary>
    public static async Task<string> ReaderConnectionStringAsync(PostgresServer server) => (await GetAsync(server)).Reader;

    private static Task<(string Admin, string Reader)> GetAsync(PostgresServer server) =>
        Databases.GetOrAdd(server, s => new Lazy<Task<(string, string)>>(() => CreateAsync(s))).Value;

    private static async Task<(string, string)> CreateAsync(PostgresServer server)
    {
        var folder = Directory.CreateTempSubdirectory("warehouse-pg-sample-").FullName;
        try
        {
            await SampleLoad.GenerateAsync(folder);
            var admin = await server.CreateDatabaseAsync("sql_tools_sample");
            await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.PostgreSql, admin), folder);
            var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ReaderLogin}') THEN
                            CREATE ROLE {ReaderLogin} LOGIN;
                        END IF;
                    END $$;
                    ALTER ROLE {ReaderLogin} LOGIN PASSWORD '{ScramSha256.Verifier(password)}';
                    GRANT {ReaderNames.ReaderRole} TO {ReaderLogin};
                    """, connection);
                await command.ExecuteNonQueryAsync();
            }
            var reader = new NpgsqlConnectionStringBuilder(admin) { Username = ReaderLogin, Password = password }.ConnectionString;
            return (admin, reader);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
