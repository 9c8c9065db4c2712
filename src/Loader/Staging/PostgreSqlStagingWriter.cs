using Npgsql;
using NpgsqlTypes;

namespace Warehouse.Loader.Staging;

/// <summary>PostgreSQL: binary COPY, typed per column.</summary>
internal sealed class PostgreSqlStagingWriter : IStagingWriter
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly IReadOnlyList<StagingColumnType> _types;

    public PostgreSqlStagingWriter(NpgsqlConnection connection, StagingTable table)
    {
        _types = table.Types;
        _importer = connection.BeginBinaryImport($"COPY {table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)");
    }

    public long Rows { get; private set; }

    public void Write(StagingRow row)
    {
        _importer.StartRow();
        for (var i = 0; i < _types.Count; i++)
        {
            if (row.IsNull(i))
            {
                _importer.WriteNull();
                continue;
            }
            switch (_types[i])
            {
                case StagingColumnType.Key: _importer.Write((int)row.WholeNumber(i), NpgsqlDbType.Integer); break;
                case StagingColumnType.BigNumber: _importer.Write(row.WholeNumber(i), NpgsqlDbType.Bigint); break;
                case StagingColumnType.RealNumber: _importer.Write(row.Real(i), NpgsqlDbType.Double); break;
                default: _importer.Write(row.Text(i)!, NpgsqlDbType.Text); break;
            }
        }
        Rows++;
    }

    public void Complete() => _importer.Complete();

    public void Dispose() => _importer.Dispose();
}
