using Microsoft.Data.Sqlite;

namespace Warehouse.Loader.Staging;

/// <summary>SQLite: one prepared INSERT reused for every row, all in one transaction.</summary>
internal sealed class SqliteStagingWriter : IStagingWriter
{
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _parameters;

    public SqliteStagingWriter(SqliteConnection connection, StagingTable table)
    {
        _transaction = connection.BeginTransaction();
        _insert = connection.CreateCommand();
        _insert.Transaction = _transaction;
#pragma warning disable CA2100 // table and column names come from the dataset contracts.
        _insert.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
#pragma warning restore CA2100
        _parameters = [.. table.Columns.Select((_, i) => _insert.Parameters.Add(new SqliteParameter("$p" + i, null)))];
        _insert.Prepare();
    }

    public long Rows { get; private set; }

    public void Write(object?[] row)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = row[i] ?? DBNull.Value;
        }
        _insert.ExecuteNonQuery();
        Rows++;
    }

    public void Complete() => _transaction.Commit();

    public void Dispose()
    {
        _insert.Dispose();
        _transaction.Dispose();
    }
}
