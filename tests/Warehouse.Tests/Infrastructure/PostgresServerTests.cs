using Npgsql;

namespace Warehouse.Tests.Infrastructure;

[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class PostgresServerTests(PostgresServer server)
{
    [SkippableFact]
    public async Task CreateDatabase_ReturnsWorkingDatabase_WhenServerAvailable()
    {
        server.SkipIfUnavailable();

        var connectionString = await server.CreateDatabaseAsync("server_tests");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version()", connection);
        var version = (string?)await command.ExecuteScalarAsync();
        Assert.Contains("PostgreSQL", version, StringComparison.Ordinal);
        Assert.StartsWith("server_tests_", connection.Database, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CreateDatabase_ReturnsDistinctDatabases_WhenCalledTwice()
    {
        server.SkipIfUnavailable();

        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();

        Assert.NotEqual(DatabaseOf(first), DatabaseOf(second));
        await ExecuteAsync(first, "CREATE TABLE marker (id int)");
        Assert.Equal(1L, await ExecuteScalarAsync(first, "SELECT count(*) FROM pg_tables WHERE tablename = 'marker'"));
        Assert.Equal(0L, await ExecuteScalarAsync(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'marker'"));
    }

    [SkippableFact]
    public async Task ConnectionStringFor_NamesDatabaseThatDoesNotExistYet_WhenServerAvailable()
    {
        server.SkipIfUnavailable();

        var connectionString = server.ConnectionStringFor("not_created_yet");

        Assert.Equal("not_created_yet", DatabaseOf(connectionString));
        Assert.Equal(0L, await ExecuteScalarAsync(server.AdminConnectionString, "SELECT count(*) FROM pg_database WHERE datname = 'not_created_yet'"));
    }

    private static string? DatabaseOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ExecuteScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
