using Npgsql;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Cli;

/// <summary>`warehouse migrate` and `warehouse status` against a real PostgreSQL server, starting from a database that does not exist.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class PostgresCliTests(PostgresServer server)
{
    private static IReadOnlyList<string> Scripts => ExpectedScripts.For("postgresql");

    [SkippableFact]
    public async Task MigrateDryRun_ListsEveryScriptAndCreatesNoDatabase_WhenDatabaseDoesNotExist()
    {
        var target = NewTarget();
        using var directory = new TempWorkingDirectory();

        var result = await RunAsync(directory, target, "migrate", "--dry-run");

        CliAssert.Succeeds(result);
        Assert.Equal(Scripts, CliOutput.ListedScripts(result.StandardOutput));
        Assert.False(await DatabaseExistsAsync(target.Database), $"The dry run created the database {target.Database}.");
        Assert.Empty(directory.Entries());
        AssertNoSecret(target, result);
    }

    [SkippableFact]
    public async Task Migrate_CreatesDatabaseAndAppliesEveryScript_WhenDatabaseDoesNotExist()
    {
        var target = NewTarget();
        using var directory = new TempWorkingDirectory();

        var result = await RunAsync(directory, target, "migrate");

        CliAssert.Succeeds(result);
        Assert.Equal(Scripts, CliOutput.ListedScripts(result.StandardOutput));
        Assert.True(await DatabaseExistsAsync(target.Database), $"`migrate` did not create the database {target.Database}.");
        Assert.Equal(Scripts, await JournalAsync(target));
        AssertNoSecret(target, result);
    }

    [SkippableFact]
    public async Task Migrate_AppliesNothing_WhenRunAgain()
    {
        var target = NewTarget();
        using var directory = new TempWorkingDirectory();
        CliAssert.Succeeds(await RunAsync(directory, target, "migrate"));

        var again = await RunAsync(directory, target, "migrate");

        CliAssert.Succeeds(again);
        Assert.Contains("up to date", again.StandardOutput, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(CliOutput.ListedScripts(again.StandardOutput));
        Assert.Equal(Scripts, await JournalAsync(target));
    }

    [SkippableFact]
    public async Task Status_ShowsServerAndDatabaseWithoutPassword_AfterMigrate()
    {
        var target = NewTarget();
        using var directory = new TempWorkingDirectory();
        var migrate = await RunAsync(directory, target, "migrate");
        CliAssert.Succeeds(migrate);

        var result = await RunAsync(directory, target, "status");

        CliAssert.Succeeds(result);
        var status = StatusReport.Parse(result.StandardOutput);
        Assert.Equal("postgresql", status.Engine);
        Assert.Equal($"{target.Host}:{target.Port}/{target.Database}", status.Database);
        Assert.False(status.DatabaseMissing);
        Assert.Equal((Scripts.Count, 0), (status.Applied, status.Pending));
        Assert.Equal(7, status.FactRows.Count);
        Assert.Equal(await FactTablesAsync(target), status.FactRows.Keys.Order(StringComparer.Ordinal));
        Assert.All(status.FactRows, fact => Assert.Equal(0L, fact.Value));
        Assert.Equal("none", status.LastLoad);
        AssertNoSecret(target, migrate);
        AssertNoSecret(target, result);
    }

    /// <summary>
    /// A database that does not exist yet, reached with a password that must never be printed. The throwaway cluster trusts
    /// local connections and ignores it; a server from WAREHOUSE_TEST_POSTGRES keeps its own password, which must not leak either.
    /// </summary>
    private Target NewTarget()
    {
        server.SkipIfUnavailable();
        var database = $"cli_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionStringFor(database));
        if (string.IsNullOrEmpty(builder.Password))
        {
            builder.Password = $"secret-value-{Guid.NewGuid():N}";
        }
        return new Target(builder.ConnectionString, builder.Host ?? "localhost", builder.Port, database, builder.Password);
    }

    private static Task<ProcessResult> RunAsync(TempWorkingDirectory directory, Target target, params string[] arguments) =>
        WarehouseCli.RunAsync(directory.Root, new Dictionary<string, string?>(), TimeSpan.FromMinutes(1),
            [.. arguments, .. WarehouseCli.Target("postgresql", target.ConnectionString)]);

    private static void AssertNoSecret(Target target, ProcessResult result)
    {
        Assert.DoesNotContain(target.Password, result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(target.Password, result.StandardError, StringComparison.Ordinal);
    }

    private async Task<bool> DatabaseExistsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static Task<IReadOnlyList<string>> JournalAsync(Target target) =>
        ReadStringsAsync(target, "SELECT scriptname FROM public.schema_migrations ORDER BY schemaversionsid");

    private static Task<IReadOnlyList<string>> FactTablesAsync(Target target) =>
        ReadStringsAsync(target, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name LIKE 'fact\\_%' ORDER BY table_name COLLATE \"C\"");

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(Target target, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private sealed record Target(string ConnectionString, string Host, int Port, string Database, string Password);
}
