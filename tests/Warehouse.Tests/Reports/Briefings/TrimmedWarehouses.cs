using Microsoft.Data.Sqlite;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Reports.Briefings;

/// <summary>
/// The small sample loaded once, then copied (VACUUM INTO) into warehouses that real data often looks like: one year
/// only; one year with only the headcounts (no age detail, no sectors, fees, prescriptions or patients); the full
/// sample with secret (NS), not applicable (NC) and absent values where the briefings look; a longer history.
/// </summary>
public sealed class TrimmedWarehouses : IAsyncLifetime, IAsyncDisposable
{
    private static readonly string[] Facts =
    [
        "fact_headcount_density", "fact_demographic_profile", "fact_headcount_by_sector", "fact_headcount_by_practice_type",
        "fact_fees", "fact_prescriptions", "fact_patients",
    ];

    private readonly SampleWarehouse _sample = new();

    public IWarehouseEngine Full => _sample.Engine;

    public IWarehouseEngine OneYear { get; private set; } = null!;

    public IWarehouseEngine HeadcountsOnly { get; private set; } = null!;

    public IWarehouseEngine WithSecrets { get; private set; } = null!;

    /// <summary>The sample plus 2012, a copy of its 2019 headcounts: a history longer than the five years of the changes.</summary>
    public IWarehouseEngine LongHistory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _sample.InitializeAsync();
        OneYear = await CopyAsync("one-year", [.. Facts.Select(f => $"DELETE FROM {f} WHERE year < 2024")]);
        HeadcountsOnly = await CopyAsync("headcounts-only",
        [
            .. Facts.Select(f => $"DELETE FROM {f} WHERE year < 2024"),
            .. Facts.Skip(1).Select(f => $"DELETE FROM {f}"),
            "DELETE FROM fact_headcount_density WHERE age_band_key IN (SELECT age_band_key FROM dim_age_band WHERE aggregate_kind IS NULL OR aggregate_kind <> 'all_ages')",
        ]);
        WithSecrets = await CopyAsync("secrets", [.. SecretStatements]);
        LongHistory = await CopyAsync("long-history",
        [
            """
            INSERT INTO fact_headcount_density (year, profession_key, territory_key, age_band_key, sex_key, headcount, headcount_status, density, density_status, load_file_id)
            SELECT 2012, profession_key, territory_key, age_band_key, sex_key, headcount, headcount_status, density, density_status, load_file_id FROM fact_headcount_density WHERE year = 2019
            """,
        ]);
    }

    /// <summary>
    /// Corse-du-Sud (2A): pédiatres secret, dentists (hors ODF) not applicable, kinés' 2019 row absent; GP density secret in
    /// Haute-Corse (2B) and not applicable in Guadeloupe (971), for the maps; médecins aged 40–44 secret in 2A (a bar of the age chart), and its non-conventionnés of 2022 (a slice of the sector bars).
    /// Profession keys and territory labels come from the dimensions, never from source codes.
    /// </summary>
    private static IEnumerable<string> SecretStatements
    {
        get
        {
            const string allAges = "age_band_key IN (SELECT age_band_key FROM dim_age_band WHERE aggregate_kind = 'all_ages')";
            const string allSexes = "sex_key IN (SELECT sex_key FROM dim_sex WHERE aggregate_kind = 'all_sexes')";
            static string Territory(string departement) => $"territory_key = (SELECT territory_key FROM dim_territory WHERE level = 'departement' AND departement_code = '{departement}')";
            static string Profession(string label) => $"profession_key = (SELECT profession_key FROM dim_profession WHERE label = '{label.Replace("'", "''", StringComparison.Ordinal)}')";
            yield return $"UPDATE fact_headcount_density SET headcount = NULL, headcount_status = 'NS', density = NULL, density_status = 'NS' WHERE {Territory("2A")} AND {Profession("Pédiatres")} AND {allAges} AND {allSexes}";
            yield return $"UPDATE fact_headcount_density SET headcount = NULL, headcount_status = 'NC', density = NULL, density_status = 'NC' WHERE {Territory("2A")} AND {Profession("Chirurgiens-dentistes (hors spécialistes d'orthopédie dento-faciale - ODF)")} AND {allAges} AND {allSexes}";
            yield return $"DELETE FROM fact_headcount_density WHERE year = 2019 AND {Territory("2A")} AND {Profession("Masseurs-kinésithérapeutes")} AND {allAges} AND {allSexes}";
            yield return $"UPDATE fact_headcount_density SET density = NULL, density_status = 'NS' WHERE {Territory("2B")} AND {Profession("Ensemble des médecins généralistes")} AND {allAges} AND {allSexes}";
            yield return $"UPDATE fact_headcount_density SET headcount = NULL, headcount_status = 'NS', density = NULL, density_status = 'NS' WHERE year = 2024 AND {Territory("2A")} AND {Profession("Ensemble des médecins")} AND age_band_key = (SELECT age_band_key FROM dim_age_band WHERE label = 'de 40 à 44 ans') AND {allSexes}";
            yield return $"UPDATE fact_headcount_by_sector SET headcount = NULL, headcount_status = 'NS' WHERE year = 2022 AND {Territory("2A")} AND {Profession("Ensemble des médecins")} AND sector_key = (SELECT sector_key FROM dim_sector WHERE label = 'non conventionnés')";
            yield return $"UPDATE fact_headcount_density SET density = NULL, density_status = 'NC' WHERE {Territory("971")} AND {Profession("Ensemble des médecins généralistes")} AND {allAges} AND {allSexes}";
        }
    }

    private async Task<IWarehouseEngine> CopyAsync(string name, IReadOnlyList<string> statements)
    {
        var path = Path.Combine(Path.GetDirectoryName(_sample.DatabasePath)!, name + ".db");
        await using (var connection = await _sample.Engine.OpenAsync())
        {
            await DbCommands.ExecuteAsync(connection, $"VACUUM INTO '{path}'");
        }
        var engine = WarehouseEngines.Create(new WarehouseSettings(EngineKind.Sqlite, $"Data Source={path}"));
        await using (var connection = await engine.OpenAsync())
        {
            foreach (var statement in statements)
            {
                await DbCommands.ExecuteAsync(connection, statement);
            }
        }
        return engine;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _sample.DisposeAsync();
    }
}
