using Npgsql;
using NpgsqlTypes;

namespace Warehouse.Loader.Staging;

/// <summary>PostgreSQL: binary COPY, typed per column.</summary>
internal sealed class PostgreSqlStagingWriter : IStagingWriter
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly IReadOnlyList<StagingColumnType> _types;
    private readonly IReadOnlyList<int> _slots;

    public PostgreSqlStagingWriter(NpgsqlConnection connection, StagingTable table)
    {
        _types = table.Types;
        _slots = table.Slots;
        _importer = connection.BeginBinaryImport($"COPY {table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)");
    }

    public long Rows { get; private set; }

    public void Write(StagingRow row)
    {
        _importer.StartRow();
        for (var i = 0; i < _types.Count; i++)
        {
            var slot = _slots[i];
            if (row.IsNull(slot))
            {
                _importer.WriteNull();
                continue;
            }
            switch (_types[i])
            {
                case StagingColumnType.Key: _importer.Write((int)row.WholeNumber(slot), NpgsqlDbType.Integer); break;
                case StagingColumnType.BigNumber: _importer.Write(row.WholeNumber(slot), NpgsqlDbType.Bigint); break;
                case StagingColumnType.RealNumber: _importer.Write(row.Real(slot), NpgsqlDbType.Double); break;
                default: _importer.Write(row.Text(slot)!, NpgsqlDbType.Text); break;
            }
        }
        Rows++;
    }

    public void Complete() => _importer.Complete();

    public void Dispose() => _importer.Dispose();
}
