using Microsoft.Data.Sqlite;

namespace Warehouse.Tests.Infrastructure;

public sealed class TempSqliteFile : IDisposable
{
    private static readonly string[] Suffixes = [string.Empty, "-wal", "-shm", "-journal"];

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"warehouse-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in Suffixes)
        {
            File.Delete(Path + suffix);
        }
    }
}
