using Npgsql;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>A PostgreSQL server of the test's own, which the test may stop (as an outage would) and start again.</summary>
public sealed class PausablePostgres : IAsyncLifetime
{
    private LocalPostgresCluster? _cluster;
    private string? _unavailable;

    internal LocalPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException(_unavailable);

    public async Task InitializeAsync()
    {
        try
        {
            _cluster = await LocalPostgresCluster.StartAsync(durableCommits: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            _unavailable = e.Message;
        }
    }

    public void SkipIfUnavailable()
    {
        if (_cluster is not null)
        {
            return;
        }
        Assert.False(string.Equals(System.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"PostgreSQL is required in CI: {_unavailable}");
        Skip.If(true, $"PostgreSQL is not available: {_unavailable}");
    }

    public Task<string> CreateDatabaseAsync(string name) => CreateDatabaseAsync(name, tablespace: null);

    /// <summary>A database whose files live in <paramref name="tablespace"/> (created by the caller, with its folder).</summary>
    public async Task<string> CreateDatabaseAsync(string name, string? tablespace)
    {
        await ExecuteAsync($"CREATE DATABASE {name}{(tablespace is null ? "" : $" TABLESPACE {tablespace}")}");
        return new NpgsqlConnectionStringBuilder(Cluster.AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Runs one statement as the cluster's superuser, on its maintenance database.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Cluster.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAsync();
        }
    }
}
