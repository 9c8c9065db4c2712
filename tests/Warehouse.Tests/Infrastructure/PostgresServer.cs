using System.Collections.Concurrent;
using System.Text;
using Npgsql;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the <c>postgres</c> collection: the one named by
/// <see cref="ConnectionStringVariable"/> (e.g. the one <c>.ci/postgres.sh start</c> prints), or else a throwaway cluster
/// started from the local binaries.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime, IDisposable
{
    public const string ConnectionStringVariable = "WAREHOUSE_TEST_POSTGRES";
    private const int MaxPrefixLength = 30;

    private readonly ConcurrentDictionary<string, byte> _databasesToDrop = new(StringComparer.Ordinal);
    private LocalPostgresCluster? _cluster;
    private string? _adminConnectionString;
    private int _disposed;

    public bool Available => _adminConnectionString is not null;

    public string? UnavailableReason { get; private set; }

    public string AdminConnectionString =>
        _adminConnectionString ?? throw new InvalidOperationException($"PostgreSQL is not available: {UnavailableReason}");

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            await UseExternalServerAsync(external);
            return;
        }

        try
        {
            _cluster = await LocalPostgresCluster.StartAsync();
            _adminConnectionString = _cluster.AdminConnectionString;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            UnavailableReason = $"{ex.Message} Or start one with `export {ConnectionStringVariable}=\"$(.ci/postgres.sh start)\"`.";
        }
    }

    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = NewDatabaseName(prefix);
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(name)}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionStringFor(name);
    }

    public string ConnectionStringFor(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database };
        if (_cluster is null)
        {
            _databasesToDrop.TryAdd(database, 0);
        }

        return builder.ConnectionString;
    }

    public void SkipIfUnavailable()
    {
        if (Available)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"PostgreSQL is required in CI: {UnavailableReason}");
        }

        Skip.If(true, $"PostgreSQL is not available: {UnavailableReason}");
    }

    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_cluster is not null)
        {
            await _cluster.StopAsync();
            return;
        }

        if (_adminConnectionString is not null)
        {
            await DropDatabasesAsync(_adminConnectionString);
        }
    }

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    private async Task UseExternalServerAsync(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrEmpty(builder.Database))
            {
                builder.Database = "postgres";
            }

            await using (var connection = new NpgsqlConnection(builder.ConnectionString))
            {
                await connection.OpenAsync();
            }

            _adminConnectionString = builder.ConnectionString;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            UnavailableReason = $"{ConnectionStringVariable} is set but its server cannot be used: {ex.Message}";
        }
    }

    private async Task DropDatabasesAsync(string adminConnectionString)
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            foreach (var database in _databasesToDrop.Keys)
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {QuoteIdentifier(database)} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        catch (NpgsqlException)
        {
            // Leftover databases on a developer's server are harmless; a failing teardown would hide the real results.
        }
    }

    private static string NewDatabaseName(string? prefix)
    {
        var cleaned = new StringBuilder();
        foreach (var c in (prefix ?? "test").ToLowerInvariant())
        {
            if (cleaned.Length == MaxPrefixLength)
            {
                break;
            }

            cleaned.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        return $"{(cleaned.Length == 0 ? "test" : cleaned.ToString())}_{Guid.NewGuid():N}";
    }

    private static string QuoteIdentifier(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
