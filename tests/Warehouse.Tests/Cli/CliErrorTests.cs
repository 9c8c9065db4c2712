using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Cli;

/// <summary>Failures: exit 2 for bad input or arguments, 1 for everything else, one sentence first on stderr, nothing created.</summary>
[Trait("Category", "process")]
public sealed class CliErrorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public async Task Migrate_ExitsOneWithUnreachableSentence_WhenPostgresServerIsUnreachable()
    {
        const string password = "pw-must-not-leak-7c41";
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, NoEnvironment, Timeout,
            "migrate", "--engine", "postgresql", "--connection", $"Host=127.0.0.1;Port=1;Database=x;Username=u;Password={password};Timeout=5");

        var sentence = CliAssert.FailsWithSentence(1, result);
        Assert.Contains("cannot reach", sentence, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PostgreSQL", sentence, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", sentence, StringComparison.Ordinal);
        Assert.Single(CliOutput.Lines(result.StandardError));
        Assert.DoesNotContain(password, result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(password, result.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(directory.Entries());
    }

    [Fact]
    public async Task Report_ExitsOneNamingTheWarehouse_AndWritesNothing_WhenTheDatabaseRefusesAQuery()
    {
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        await SampleLoad.LoadAsync(Warehouse.Core.WarehouseSettings.DefaultSqlite(directory.Root), directory.PathOf("sample"));
        // Someone with write access dropped a dimension with their SQL tool.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={directory.DefaultDatabase};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = OFF; DROP TABLE dim_sex;";
            await command.ExecuteNonQueryAsync();
        }

        var result = await WarehouseCli.RunAsync(directory.Root, NoEnvironment, Timeout, "report", "territory", "--code", "2A", "--out", "out/corse.pdf");

        var sentence = CliAssert.FailsWithSentence(1, result);
        Assert.Equal($"The sqlite warehouse {directory.DefaultDatabase} failed: SQLite Error 1: 'no such table: dim_sex'.", sentence);
        Assert.Single(CliOutput.Lines(result.StandardError));
        Assert.DoesNotContain(directory.Entries(), entry => entry.StartsWith("out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrate_ExitsTwoNamingEngine_WhenEngineIsUnknown()
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, NoEnvironment, Timeout, "migrate", "--engine", "oracle");

        var sentence = CliAssert.FailsWithSentence(2, result);
        Assert.Contains("oracle", sentence, StringComparison.Ordinal);
        Assert.Empty(directory.Entries());
    }

    [Fact]
    public async Task Migrate_ExitsTwoAskingForConnectionString_WhenPostgresHasNone()
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, NoEnvironment, Timeout, "migrate", "--engine", "postgresql");

        var sentence = CliAssert.FailsWithSentence(2, result);
        Assert.Contains("connection string", sentence, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--connection", sentence, StringComparison.Ordinal);
        Assert.Empty(directory.Entries());
    }

    [Fact]
    public async Task Migrate_ExitsTwoNamingOption_WhenOptionIsUnknown()
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, NoEnvironment, Timeout, "migrate", "--no-such-option");

        var sentence = CliAssert.FailsWithSentence(2, result);
        Assert.Contains("--no-such-option", sentence, StringComparison.Ordinal);
        Assert.Empty(directory.Entries());
    }

    [Fact]
    public async Task Root_ExitsTwoAskingForCommand_WhenNoVerbIsGiven()
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, NoEnvironment, Timeout);

        var sentence = CliAssert.FailsWithSentence(2, result);
        Assert.Contains("command", sentence, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--help", sentence, StringComparison.Ordinal);
        Assert.Empty(directory.Entries());
    }
}
