using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;

namespace Warehouse.Core.Engines;

internal sealed class SqliteEngine : IWarehouseEngine
{
    private readonly string _connectionString;

    public SqliteEngine(string connectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new WarehouseException($"The SQLite connection string is not valid: {e.Message}", isUserError: true, e);
        }
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new WarehouseException("The SQLite connection string names no file (Data Source=...).", isUserError: true);
        }
        builder.ForeignKeys ??= true;
        _connectionString = builder.ToString();
        Location = Path.GetFullPath(builder.DataSource);
    }

    public EngineKind Kind => EngineKind.Sqlite;

    public string Location { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new WarehouseException($"Cannot open the SQLite database {Location}: {e.Message}", isUserError: false, e);
        }
    }

    public Task<bool> DatabaseExistsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(Location));

    public async Task EnsureDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL lets SQL tools read while a load writes; the mode is stored in the file, so this is set once.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public UpgradeEngineBuilder CreateUpgradeBuilder() =>
        DeployChanges.To.SqliteDatabase(_connectionString)
            .JournalToSqliteTable(WarehouseEngines.JournalTable);
}
