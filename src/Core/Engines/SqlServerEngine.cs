using System.Data.Common;
using DbUp;
using DbUp.Builder;
using DbUp.Engine.Output;
using Microsoft.Data.SqlClient;

namespace Warehouse.Core.Engines;

internal sealed class SqlServerEngine : IWarehouseEngine
{
    private readonly SqlConnectionStringBuilder _builder;

    public SqlServerEngine(string connectionString)
    {
        try
        {
            _builder = new SqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new WarehouseException($"The SQL Server connection string is not valid: {e.Message}", isUserError: true, e);
        }
        if (string.IsNullOrWhiteSpace(_builder.InitialCatalog))
        {
            throw new WarehouseException("The SQL Server connection string names no database (Database=...).", isUserError: true);
        }
    }

    public EngineKind Kind => EngineKind.SqlServer;

    public string Location => $"{_builder.DataSource}/{_builder.InitialCatalog}";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqlConnection(_builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqlException e)
        {
            await connection.DisposeAsync();
            throw new WarehouseException($"Cannot reach the SQL Server at {_builder.DataSource}: {e.Message}", isUserError: false, e);
        }
    }

    public async Task<bool> DatabaseExistsAsync(CancellationToken cancellationToken = default)
    {
        var master = new SqlConnectionStringBuilder(_builder.ConnectionString) { InitialCatalog = "master" };
        await using var connection = new SqlConnection(master.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (SqlException e)
        {
            throw new WarehouseException($"Cannot reach the SQL Server at {_builder.DataSource}: {e.Message}", isUserError: false, e);
        }
        await using var command = new SqlCommand("SELECT 1 FROM sys.databases WHERE name = @name", connection);
        command.Parameters.AddWithValue("@name", _builder.InitialCatalog);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public Task EnsureDatabaseAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            EnsureDatabase.For.SqlDatabase(_builder.ConnectionString, new NoOpUpgradeLog());
        }
        catch (SqlException e)
        {
            throw new WarehouseException($"Cannot create the SQL Server database \"{_builder.InitialCatalog}\" on {_builder.DataSource}: {e.Message}", isUserError: false, e);
        }
        return Task.CompletedTask;
    }

    public UpgradeEngineBuilder CreateUpgradeBuilder() =>
        DeployChanges.To.SqlDatabase(_builder.ConnectionString)
            .JournalToSqlTable("dbo", WarehouseEngines.JournalTable);
}
