using System.Data.Common;
using Warehouse.Core.Sql;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// An ACCESS EXCLUSIVE lock on a PostgreSQL table held in an open transaction: a load that publishes into that table
/// blocks inside its publishing transaction until the lock is released (rolled back).
/// </summary>
internal sealed class PostgresTableLock : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly WarehouseTarget _target;
    private readonly string _table;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    private PostgresTableLock(WarehouseTarget target, string table, DbConnection connection, DbTransaction transaction) =>
        (_target, _table, _connection, _transaction) = (target, table, connection, transaction);

    public static async Task<PostgresTableLock> AcquireAsync(WarehouseTarget target, string table)
    {
        var connection = await target.OpenAsync();
        try
        {
            var transaction = await connection.BeginTransactionAsync();
            await DbCommands.ExecuteAsync(connection, $"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", transaction);
            return new PostgresTableLock(target, table, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until another session of the database waits for this lock in a statement on the table (publishing it).</summary>
    public async Task WaitUntilAPublishWaitsAsync(TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await Db.CountAsync(_target,
                   """
                   SELECT COUNT(*) FROM pg_stat_activity
                   WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE @statement
                   """, ("statement", $"%{_table}%")) == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no session waited to publish {_table} within {timeout.TotalSeconds:0} s:\n{describe()}");
            }
            await Task.Delay(Poll);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
