using Microsoft.Data.Sqlite;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Cli;

/// <summary>`warehouse migrate` and `warehouse status` on the default SQLite warehouse (data/warehouse.db under the working directory).</summary>
[Trait("Category", "process")]
public sealed class SqliteCliTests
{
    private static IReadOnlyList<string> Scripts => ExpectedScripts.For("sqlite");

    [Fact]
    public async Task MigrateDryRun_ListsEveryScriptAndCreatesNothing_WhenDirectoryIsEmpty()
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, "migrate", "--dry-run");

        CliAssert.Succeeds(result);
        Assert.Equal(Scripts, CliOutput.ListedScripts(result.StandardOutput));
        Assert.Contains(directory.DefaultDatabase, result.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(directory.Entries());
    }

    [Fact]
    public async Task Migrate_CreatesWalDatabaseUnderDataAndAppliesEveryScript_WhenDirectoryIsEmpty()
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, "migrate");

        CliAssert.Succeeds(result);
        Assert.Equal(Scripts, CliOutput.ListedScripts(result.StandardOutput));
        Assert.True(File.Exists(directory.DefaultDatabase), $"No database at {directory.DefaultDatabase}; the directory holds: {string.Join(", ", directory.Entries())}");
        Assert.Equal("wal", await ScalarAsync(directory.DefaultDatabase, "PRAGMA journal_mode"));
        Assert.Equal(Scripts, await JournalAsync(directory.DefaultDatabase));
    }

    [Fact]
    public async Task Migrate_AppliesNothing_WhenRunAgain()
    {
        using var directory = new TempWorkingDirectory();
        CliAssert.Succeeds(await WarehouseCli.RunAsync(directory.Root, "migrate"));

        var again = await WarehouseCli.RunAsync(directory.Root, "migrate");

        CliAssert.Succeeds(again);
        Assert.Contains("up to date", again.StandardOutput, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(CliOutput.ListedScripts(again.StandardOutput));
        Assert.Equal(Scripts, await JournalAsync(directory.DefaultDatabase));
    }

    [Fact]
    public async Task Status_ShowsEveryScriptAppliedAndEmptyFacts_AfterMigrate()
    {
        using var directory = new TempWorkingDirectory();
        CliAssert.Succeeds(await WarehouseCli.RunAsync(directory.Root, "migrate"));

        var result = await WarehouseCli.RunAsync(directory.Root, "status");

        CliAssert.Succeeds(result);
        var status = StatusReport.Parse(result.StandardOutput);
        Assert.Equal("sqlite", status.Engine);
        Assert.Equal(directory.DefaultDatabase, status.Database);
        Assert.False(status.DatabaseMissing);
        Assert.Equal((Scripts.Count, 0), (status.Applied, status.Pending));
        var factTables = await FactTablesAsync(directory.DefaultDatabase);
        Assert.Equal(7, factTables.Count);
        Assert.Equal(factTables, status.FactRows.Keys.Order(StringComparer.Ordinal));
        Assert.All(status.FactRows, fact => Assert.Equal(0L, fact.Value));
        Assert.Equal("none", status.LastLoad);
    }

    private static async Task<IReadOnlyList<string>> JournalAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ScriptName FROM schema_migrations ORDER BY SchemaVersionID";
        return await ReadStringsAsync(command);
    }

    private static async Task<IReadOnlyList<string>> FactTablesAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'fact\\_%' ESCAPE '\\' ORDER BY name";
        return await ReadStringsAsync(command);
    }

    private static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(SqliteCommand command)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
