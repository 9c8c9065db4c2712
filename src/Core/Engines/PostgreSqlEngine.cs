using System.Data.Common;
using System.Net.Sockets;
using DbUp;
using DbUp.Builder;
using DbUp.Engine.Output;
using Npgsql;

namespace Warehouse.Core.Engines;

internal sealed class PostgreSqlEngine : IWarehouseEngine
{
    private readonly NpgsqlConnectionStringBuilder _builder;

    public PostgreSqlEngine(string connectionString)
    {
        try
        {
            _builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new WarehouseException($"The PostgreSQL connection string is not valid: {e.Message}", isUserError: true, e);
        }
        if (string.IsNullOrWhiteSpace(_builder.Database))
        {
            throw new WarehouseException("The PostgreSQL connection string names no database (Database=...).", isUserError: true);
        }
    }

    public EngineKind Kind => EngineKind.PostgreSql;

    public string Location => $"{Server}/{_builder.Database}";

    private string Server => $"{_builder.Host ?? "localhost"}:{_builder.Port}";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await OpenAsync(_builder.ConnectionString, cancellationToken);

    public async Task<bool> DatabaseExistsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenMaintenanceAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", _builder.Database!);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task EnsureDatabaseAsync(CancellationToken cancellationToken = default)
    {
        if (await DatabaseExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            EnsureDatabase.For.PostgresqlDatabase(_builder.ConnectionString, new NoOpUpgradeLog());
        }
        catch (PostgresException e)
        {
            throw new WarehouseException($"Cannot create the PostgreSQL database \"{_builder.Database}\" on {Server}: {e.MessageText}", isUserError: false, e);
        }
    }

    public UpgradeEngineBuilder CreateUpgradeBuilder() =>
        DeployChanges.To.PostgresqlDatabase(_builder.ConnectionString)
            .JournalToPostgresqlTable("public", WarehouseEngines.JournalTable);

    private async Task<NpgsqlConnection> OpenMaintenanceAsync(CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(_builder.ConnectionString) { Database = "postgres", Pooling = false };
        return await OpenAsync(maintenance.ConnectionString, cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw Unreachable(e);
        }
    }

    private WarehouseException Unreachable(Exception e)
    {
        var reason = e is PostgresException pg ? pg.MessageText : e.InnerException?.Message ?? e.Message;
        return new WarehouseException($"Cannot reach the PostgreSQL server at {Server}: {reason}", isUserError: false, e);
    }
}
