using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;

namespace Warehouse.Core.Engines;

/// <summary>
/// A SQLite warehouse file. Only <see cref="EnsureDatabaseAsync"/> (migrate) may create it: every other connection opens an
/// existing file or fails. The file's identity (device, inode) is noted at the first connection; once it was deleted or another
/// file took its name, connections are refused, so nothing is written to a deleted file nor to a new empty one.
/// </summary>
internal sealed class SqliteEngine : IWarehouseEngine
{
    private readonly string _connectionString;
    private readonly string _createConnectionString;
    private string? _identity;

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
        _createConnectionString = builder.ToString();
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }
        _connectionString = builder.ToString();
        Location = Path.GetFullPath(builder.DataSource);
    }

    public EngineKind Kind => EngineKind.Sqlite;

    public string Location { get; }

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => OpenAsync(_connectionString, cancellationToken);

    private async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var identity = Files.FileStatus.Of(Location)?.Identity;
        var known = Volatile.Read(ref _identity);
        if (known is not null && identity != known)
        {
            throw new WarehouseException(
                $"The SQLite warehouse file {Location} was {(identity is null ? "deleted" : "replaced by another file")} while in use: nothing more is read from or written to it; restart to use the file now at that path.",
                isUserError: false);
        }
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (known is null)
            {
                Interlocked.CompareExchange(ref _identity, Files.FileStatus.Of(Location)?.Identity, null);
            }
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
        await using var connection = await OpenAsync(_createConnectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL lets SQL tools read while a load writes; the mode is stored in the file, so this is set once.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public UpgradeEngineBuilder CreateUpgradeBuilder() =>
        DeployChanges.To.SqliteDatabase(_createConnectionString)
            .JournalToSqliteTable(WarehouseEngines.JournalTable);
}
