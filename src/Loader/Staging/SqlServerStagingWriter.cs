using System.Data;
using Microsoft.Data.SqlClient;

namespace Warehouse.Loader.Staging;

/// <summary>SQL Server: SqlBulkCopy in batches of <see cref="BatchSize"/> rows.</summary>
internal sealed class SqlServerStagingWriter : IStagingWriter
{
    private const int BatchSize = 50_000;
    private readonly SqlBulkCopy _bulkCopy;
    private readonly DataTable _batch;
    private readonly IReadOnlyList<StagingColumnType> _types;

    public SqlServerStagingWriter(SqlConnection connection, StagingTable table)
    {
        _bulkCopy = new SqlBulkCopy(connection, SqlBulkCopyOptions.TableLock, null) { DestinationTableName = table.Name, BulkCopyTimeout = 0 };
        _types = table.Types;
        _batch = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var type = table.Types[i] switch
            {
                StagingColumnType.Key => typeof(int),
                StagingColumnType.BigNumber => typeof(long),
                StagingColumnType.RealNumber => typeof(double),
                _ => typeof(string),
            };
            _batch.Columns.Add(table.Columns[i], type);
            _bulkCopy.ColumnMappings.Add(table.Columns[i], table.Columns[i]);
        }
    }

    public long Rows { get; private set; }

    public void Write(StagingRow row)
    {
        var values = new object[_types.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row.Boxed(i, _types[i]);
        }
        _batch.Rows.Add(values);
        Rows++;
        if (_batch.Rows.Count >= BatchSize)
        {
            Flush();
        }
    }

    public void Complete() => Flush();

    private void Flush()
    {
        if (_batch.Rows.Count > 0)
        {
            _bulkCopy.WriteToServer(_batch);
            _batch.Clear();
        }
    }

    public void Dispose()
    {
        ((IDisposable)_bulkCopy).Dispose();
        _batch.Dispose();
    }
}
