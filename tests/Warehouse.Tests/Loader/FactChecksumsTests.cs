using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>The checksum helper itself: engine types normalise alike, and any change of a value changes the checksum.</summary>
[Trait("Category", "database")]
public sealed class FactChecksumsTests
{
    [Theory]
    [InlineData(42L, 42, "42")]
    [InlineData(0.30000000000000004, 0.3, "0.3")]
    [InlineData(-0.0, 0.0, "0")]
    [InlineData(25970577462.0, 25970577462L, "25970577462")]
    public void Normalise_GivesOneText_ForTheTypesEachEngineReturns(object sqliteValue, object postgresValue, string expected)
    {
        Assert.Equal(expected, FactChecksums.Normalise(sqliteValue));
        Assert.Equal(expected, FactChecksums.Normalise(postgresValue));
    }

    [Fact]
    public void Normalise_SetsNullApartFromText()
    {
        Assert.Equal("∅", FactChecksums.Normalise(DBNull.Value));
        Assert.Equal("∅", FactChecksums.Normalise(null));
        Assert.Equal("\"NS\"", FactChecksums.Normalise("NS"));
        Assert.Equal("\"∅\"", FactChecksums.Normalise("∅"));
        Assert.Equal("1", FactChecksums.Normalise(true));
    }

    [Fact]
    public async Task Compute_ChangesWithAnyValue_ButNotWithTheLoadFile()
    {
        using var file = new Infrastructure.TempSqliteFile();
        var target = WarehouseTarget.Sqlite(file.Path);
        await target.MigrateAsync();
        await using var connection = await target.OpenAsync();
        await Execute(connection, """
            INSERT INTO etl_load_run (trigger_kind, started_at, outcome) VALUES ('manual', '2026-01-01T00:00:00.000Z', 'succeeded');
            INSERT INTO etl_load_file (load_run_id, dataset_id, source_kind, source, started_at, outcome) VALUES
                (1, 'patientele', 'file', 'x', '2026-01-01T00:00:00.000Z', 'loaded'), (1, 'patientele', 'file', 'y', '2026-01-01T00:00:00.000Z', 'loaded');
            INSERT INTO fact_patients VALUES (2024, 1, 1, 12.5, NULL, NULL, 'NS', 1), (2023, 1, 1, 10, NULL, 3, NULL, 1);
            """);
        var first = await FactChecksums.ComputeAsync(connection, DatasetCatalog.Patients);

        await Execute(connection, "UPDATE fact_patients SET patients_seen_mean = 12.500001 WHERE year = 2024");
        var changed = await FactChecksums.ComputeAsync(connection, DatasetCatalog.Patients);
        await Execute(connection, "UPDATE fact_patients SET patients_seen_mean = 12.5, load_file_id = 2 WHERE year = 2024");
        var restored = await FactChecksums.ComputeAsync(connection, DatasetCatalog.Patients);

        Assert.Equal(2, first.Rows);
        Assert.Equal("fact_patients", first.Table);
        Assert.NotEqual(first.Sha256, changed.Sha256);
        Assert.Equal(first, restored);
    }

    private static async Task Execute(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
