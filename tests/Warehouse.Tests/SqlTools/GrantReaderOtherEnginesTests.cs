using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>`warehouse grant-reader` where there are no roles to create: SQLite prints the read-only ways in, SQL Server prints the script.</summary>
[Trait("Category", "process")]
public sealed class GrantReaderOtherEnginesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("warehouse-grant-reader-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task GrantReader_OnSqlite_PrintsHowToOpenTheFileReadOnly_AndChangesNothing()
    {
        var result = await WarehouseCli.RunAsync(_directory, "grant-reader");

        Assert.True(result.ExitCode == 0, result.Description);
        var database = Path.Combine(_directory, "data", "warehouse.db");
        Assert.Contains($"sqlite3 -readonly '{database}'", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"Data Source={database};Mode=ReadOnly", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("?mode=ro\", uri=True)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task GrantReader_OnSqlServer_PrintsTheReaderScript_WithTheNameSet_WithoutConnecting()
    {
        var result = await WarehouseCli.RunAsync(
            _directory, "grant-reader", "jdoe", "--engine", "sqlserver", "--connection", "Server=sql.invalid;Database=warehouse;User Id=sa;Password=x");

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Contains(":setvar ReaderLogin \"jdoe\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("sqlcmd -S sql.invalid -d warehouse -i reader.sql", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ALTER ROLE warehouse_reader ADD MEMBER", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=x", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantReader_OnSqlServer_ExitsTwo_WithoutAName()
    {
        var result = await WarehouseCli.RunAsync(_directory, "grant-reader", "--engine", "sqlserver", "--connection", "Server=sql.invalid;Database=warehouse");

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains("grant-reader NAME", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantReaderHelp_SaysThePasswordIsNeverAnArgument()
    {
        var result = await WarehouseCli.RunAsync(_directory, "grant-reader", "--help");

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Contains("WAREHOUSE_READER_PASSWORD", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("never an argument", result.StandardOutput, StringComparison.Ordinal);
    }
}
