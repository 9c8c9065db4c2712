using System.Data.Common;
using System.Globalization;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;

namespace Warehouse.Core.Status;

/// <summary>Reads <see cref="WarehouseStatus"/> without changing anything.</summary>
public static class WarehouseStatusReader
{
    public static async Task<WarehouseStatus> ReadAsync(IWarehouseEngine engine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var migrator = new Migrator(engine);
        var exists = await engine.DatabaseExistsAsync(cancellationToken);
        var applied = exists ? await migrator.AppliedAsync(cancellationToken) : [];
        var pending = await migrator.PendingAsync(cancellationToken);
        if (!exists || applied.Count == 0)
        {
            return new WarehouseStatus(engine.Name, engine.Location, exists, applied, pending, [], null);
        }
        await using var connection = await engine.OpenAsync(cancellationToken);
        var facts = await ReadFactCountsAsync(connection, cancellationToken);
        var lastLoad = await ReadLastLoadAsync(connection, cancellationToken);
        return new WarehouseStatus(engine.Name, engine.Location, exists, applied, pending, facts, lastLoad);
    }

    private static async Task<List<FactRowCount>> ReadFactCountsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var datasets = new List<(string Id, string Table)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT dataset_id, fact_table FROM dim_dataset ORDER BY sort_order";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                datasets.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        var counts = new List<FactRowCount>(datasets.Count);
        foreach (var (id, table) in datasets)
        {
            await using var command = connection.CreateCommand();
            // Table names come from the seeded dim_dataset, never from user input.
#pragma warning disable CA2100
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
#pragma warning restore CA2100
            var rows = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            counts.Add(new FactRowCount(id, table, rows));
        }
        return counts;
    }

    private static async Task<LastLoad?> ReadLastLoadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT load_run_id, trigger_kind, started_at, finished_at, outcome, message
            FROM etl_load_run
            WHERE load_run_id = (SELECT MAX(load_run_id) FROM etl_load_run)
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new LastLoad(
            Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
            reader.GetString(1),
            DbValues.Timestamp(reader.GetValue(2))!,
            DbValues.Timestamp(reader.GetValue(3)),
            reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5));
    }
}
