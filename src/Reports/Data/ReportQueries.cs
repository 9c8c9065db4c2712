using System.Data.Common;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;

namespace Warehouse.Reports.Data;

/// <summary>
/// Runs the report SQL files (db/reports/*.sql, portable across engines) and maps their rows to plain records.
/// Every value is a bound parameter; the layout code never sees a connection.
/// </summary>
public sealed class ReportQueries(DbConnection connection)
{
    public const int AllProfessions = -1;

    public Task<List<HeadcountDensityRow>> HeadcountDensityAsync(int professionKey, int territoryKey, int regionKey, string level = "") =>
        QueryAsync("headcount_density_totals", r => new HeadcountDensityRow(Int(r, 0), Int(r, 1), Int(r, 2), M(r, 3), M(r, 5)),
            ("profession_key", professionKey), ("territory", territoryKey), ("region", regionKey), ("level", level));

    public Task<List<AgeSexRow>> AgeSexAsync(int year, int professionKey, int territoryKey, int regionKey) =>
        QueryAsync("age_sex_structure", r => new AgeSexRow(Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3), M(r, 4)),
            ("year", year), ("profession_key", professionKey), ("territory", territoryKey), ("region", regionKey));

    public Task<List<BreakdownRow>> SectorsAsync(int professionKey, int territoryKey) =>
        QueryAsync("sector_mix", r => new BreakdownRow(Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3), M(r, 4)),
            ("profession_key", professionKey), ("territory", territoryKey));

    public Task<List<BreakdownRow>> PracticeTypesAsync(int professionKey, int territoryKey) =>
        QueryAsync("practice_types", r => new BreakdownRow(Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3), M(r, 4)),
            ("profession_key", professionKey), ("territory", territoryKey));

    public Task<List<FeeRow>> FeesAsync(int professionKey, int territoryKey) =>
        QueryAsync("fees", r => new FeeRow(Int(r, 0), Int(r, 1), Int(r, 2), M(r, 3), M(r, 5), M(r, 7), M(r, 9)),
            ("profession_key", professionKey), ("territory", territoryKey));

    public Task<List<PrescriptionRow>> PrescriptionsAsync(int year, int professionKey, int territoryKey) =>
        QueryAsync("prescriptions", r => new PrescriptionRow(Int(r, 0), Int(r, 1), Int(r, 2), M(r, 3), M(r, 5)),
            ("year", year), ("profession_key", professionKey), ("territory", territoryKey));

    public Task<List<PatientRow>> PatientsAsync(int professionKey, int territoryKey) =>
        QueryAsync("patients", r => new PatientRow(Int(r, 0), Int(r, 1), Int(r, 2), M(r, 3), M(r, 5)),
            ("profession_key", professionKey), ("territory", territoryKey));

    public Task<List<DataRelease>> ReleasesAsync() =>
        QueryAsync("data_releases", r => new DataRelease(r.GetString(0), r.GetString(1), DbValues.Timestamp(r.GetValue(2)),
            r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
            Convert.ToBoolean(r.GetValue(5), CultureInfo.InvariantCulture), DbValues.Timestamp(r.GetValue(6)), r.IsDBNull(7) ? null : r.GetString(7)));

    public Task<List<int>> LoadedYearsAsync() => QueryAsync("loaded_years", r => Int(r, 0));

    /// <summary>
    /// The live load file of every dataset and the schema version, as one line: it changes with every load that publishes
    /// (a new load file) and every migration, and with nothing else. Cache keys rest on it.
    /// </summary>
    public async Task<string> DataVersionAsync()
    {
        var releases = await QueryAsync("release_fingerprint", r => $"{r.GetString(0)}={Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}");
        return string.Join(";", releases) + "|" + await SchemaVersionAsync();
    }

    /// <summary><see cref="DataVersionAsync()"/> on a connection of its own.</summary>
    public static async Task<string> DataVersionAsync(IWarehouseEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        await using var connection = await engine.OpenAsync(cancellationToken);
        return await new ReportQueries(connection).DataVersionAsync();
    }

    /// <summary>The last applied migration: the schema version stamped on outputs.</summary>
    public async Task<string> SchemaVersionAsync()
    {
        var value = await DbCommands.ScalarAsync(connection, SqlFiles.Read("reports/schema_version.sql"));
        return value is string name ? Path.GetFileNameWithoutExtension(name) : "inconnue";
    }

    private async Task<List<T>> QueryAsync<T>(string file, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        await using var command = DbCommands.Create(connection, SqlFiles.Read($"reports/{file}.sql"), null, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>A measure and its status from two adjacent columns.</summary>
    private static Measure M(DbDataReader r, int i) => new(
        r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture),
        r.IsDBNull(i + 1) ? null : r.GetString(i + 1));
}
