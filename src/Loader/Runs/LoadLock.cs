using System.Data.Common;
using System.Diagnostics;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Files;
using Warehouse.Core.Sql;

namespace Warehouse.Loader.Runs;

/// <summary>
/// One load at a time per warehouse, across processes. PostgreSQL: a session advisory lock; SQL Server: a session
/// application lock; SQLite: an exclusive lock on a file beside the database. All are released by the operating system
/// or the server when the holder dies, so a killed load never blocks the next one.
/// </summary>
public sealed class LoadLock : IAsyncDisposable
{
    private const long AdvisoryKey = 7_301_202_410;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly DbConnection? _connection;
    private readonly FileStream? _file;
    private readonly EngineKind _engine;

    private LoadLock(DbConnection? connection, FileStream? file, EngineKind engine) => (_connection, _file, _engine) = (connection, file, engine);

    public static async Task<LoadLock> AcquireAsync(IWarehouseEngine engine, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var clock = Stopwatch.StartNew();
        if (engine.Kind == EngineKind.Sqlite)
        {
            // Named after the file reached through any links, so that every path to one warehouse meets the same lock.
            var lockPath = CanonicalPath.Of(engine.Location) + ".load-lock";
            var file = await ExclusiveFile.TryAcquireAsync(lockPath, wait, cancellationToken);
            return file is null ? throw Busy(wait, null) : new LoadLock(null, file, engine.Kind);
        }
        var connection = await engine.OpenAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (await TryLockAsync(connection, engine.Kind))
                {
                    return new LoadLock(connection, null, engine.Kind);
                }
                if (clock.Elapsed >= wait)
                {
                    throw Busy(wait, null);
                }
                await Task.Delay(Poll, cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryLockAsync(DbConnection connection, EngineKind engine)
    {
        var sql = engine == EngineKind.PostgreSql
            ? "SELECT pg_try_advisory_lock(@key)"
            : "DECLARE @result int; EXEC @result = sp_getapplock @Resource = 'warehouse-load', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT CASE WHEN @result >= 0 THEN 1 ELSE 0 END";
        var result = await DbCommands.ScalarAsync(connection, sql, null, ("key", AdvisoryKey));
        return Convert.ToBoolean(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static WarehouseException Busy(TimeSpan wait, Exception? inner) =>
        new($"Another load is running on this warehouse; gave up after waiting {wait.TotalSeconds:0} s (Warehouse:Load:LockTimeoutSeconds).", isUserError: false, inner);

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
        if (_connection is not null)
        {
            // Session locks outlive Dispose: the connection goes back to the pool with the lock still held.
            try
            {
                await DbCommands.ExecuteAsync(_connection, _engine == EngineKind.PostgreSql
                    ? "SELECT pg_advisory_unlock(@key)"
                    : "EXEC sp_releaseapplock @Resource = 'warehouse-load', @LockOwner = 'Session'", null, ("key", AdvisoryKey));
            }
            catch (DbException)
            {
                // A broken session has lost its locks with it.
            }
            await _connection.DisposeAsync();
        }
    }
}
