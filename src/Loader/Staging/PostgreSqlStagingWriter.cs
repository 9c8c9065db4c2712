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

    public void Write(object?[] row)
    {
        _importer.StartRow();
        for (var i = 0; i < _types.Count; i++)
        {
            var value = row[i];
            if (value is null)
            {
                _importer.WriteNull();
                continue;
            }
            switch (_types[i])
            {
                case StagingColumnType.Key: _importer.Write((int)value, NpgsqlDbType.Integer); break;
                case StagingColumnType.BigNumber: _importer.Write((long)value, NpgsqlDbType.Bigint); break;
                case StagingColumnType.RealNumber: _importer.Write((double)value, NpgsqlDbType.Double); break;
                default: _importer.Write((string)value, NpgsqlDbType.Text); break;
            }
        }
        Rows++;
    }

    public void Complete() => _importer.Complete();

    public void Dispose() => _importer.Dispose();
}
