using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Sql;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>The small sample loaded into SQLite and PostgreSQL: every row, identical facts, NS as NULL, audited, idempotent.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class EngineLoadTests(PostgresServer server, EngineLoadFixture fixture) : IClassFixture<EngineLoadFixture>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(2);

    private LoaderSampleFixture Sample => fixture.Sample;

    [SkippableTheory]
    [InlineData(EngineKind.Sqlite)]
    [InlineData(EngineKind.PostgreSql)]
    public async Task LoadPath_LoadsEveryCsvRow_OfTheSevenDatasets(EngineKind engine)
    {
        var loaded = await LoadedAsync(engine);

        Assert.Equal(0, loaded.Run.ExitCode);
        Assert.Equal(LoadOutcome.Succeeded, loaded.Run.Outcome);
        Assert.Equal(DatasetCatalog.All.Select(d => d.Id), loaded.Run.Files.Select(f => f.DatasetId));
        foreach (var dataset in DatasetCatalog.All)
        {
            var file = loaded.Run.Files.Single(f => f.DatasetId == dataset.Id);
            var rows = Sample.DataRows(dataset);
            Assert.True(file.Outcome == LoadOutcome.Loaded, $"{dataset.Id}: {file.Outcome} {file.Message}");
            Assert.Equal(rows, file.RowsRead);
            Assert.Equal(rows, file.RowsLoaded);
            Assert.Equal(rows, loaded.Checksums[dataset.FactTable].Rows);
        }
    }

    [SkippableFact]
    public async Task Facts_HaveIdenticalChecksums_OnSqliteAndPostgreSql()
    {
        var sqlite = await fixture.SqliteAsync();
        var postgres = await LoadedAsync(EngineKind.PostgreSql);

        Assert.Equal(DatasetCatalog.All.Select(d => d.FactTable).Order(StringComparer.Ordinal), sqlite.Checksums.Keys);
        Assert.All(sqlite.Checksums.Values, c => Assert.True(c.Rows > 0, $"{c.Table} is empty"));
        Assert.Equal(sqlite.Checksums, postgres.Checksums);
    }

    [SkippableTheory]
    [InlineData(EngineKind.Sqlite)]
    [InlineData(EngineKind.PostgreSql)]
    public async Task FeesTotal_IsNullWithStatusNs_ForEveryNsOfTheCsv(EngineKind engine)
    {
        var loaded = await LoadedAsync(engine);
        var csv = Sample.Csv(DatasetCatalog.Fees);
        var ns = csv.Count("hono_sans_depassement_totaux", "NS");
        var unpublished = ns + csv.Count("hono_sans_depassement_totaux", "NC") + csv.Count("hono_sans_depassement_totaux", "");

        Assert.True(ns > 100, $"the sample should hold NS fees, found {ns}");
        Assert.Equal(ns, await Db.CountAsync(loaded.Target, "SELECT COUNT(*) FROM fact_fees WHERE tariff_fees_total_status = 'NS'"));
        Assert.Equal(ns, await Db.CountAsync(loaded.Target, "SELECT COUNT(*) FROM fact_fees WHERE tariff_fees_total IS NULL AND tariff_fees_total_status = 'NS'"));
        Assert.Equal(unpublished, await Db.CountAsync(loaded.Target, "SELECT COUNT(*) FROM fact_fees WHERE tariff_fees_total IS NULL"));
    }

    [SkippableTheory]
    [InlineData(EngineKind.Sqlite)]
    [InlineData(EngineKind.PostgreSql)]
    public async Task HeadcountDensity_National2024AllDoctors_EqualsTheCsvValue(EngineKind engine)
    {
        var loaded = await LoadedAsync(engine);
        var csv = Sample.Csv(DatasetCatalog.HeadcountDensity);
        var row = csv.FindRow(("annee", "2024"), ("profession_sante", "Ensemble des médecins"), ("region", "99"), ("departement", "999"),
            ("libelle_classe_age", "Tout âge"), ("libelle_sexe", "tout sexe"));

        var facts = await Db.RowsAsync(loaded.Target,
            """
            SELECT f.headcount, f.density, f.headcount_status
            FROM fact_headcount_density f
            JOIN dim_profession p ON p.profession_key = f.profession_key
            JOIN dim_territory t ON t.territory_key = f.territory_key
            JOIN dim_age_band a ON a.age_band_key = f.age_band_key
            JOIN dim_sex s ON s.sex_key = f.sex_key
            WHERE f.year = 2024 AND p.label = @profession AND t.region_code = '99' AND t.departement_code = '999'
              AND a.label = @age AND s.label = @sex
            """, ("profession", "Ensemble des médecins"), ("age", "Tout âge"), ("sex", "tout sexe"));

        var fact = Assert.Single(facts);
        Assert.Equal(long.Parse(csv.Get(row, "effectif"), CultureInfo.InvariantCulture), Db.Number(fact[0]));
        Assert.Equal(double.Parse(csv.Get(row, "densite"), CultureInfo.InvariantCulture), Convert.ToDouble(fact[1], CultureInfo.InvariantCulture), 9);
        Assert.Null(fact[2]);
    }

    [SkippableTheory]
    [InlineData(EngineKind.Sqlite)]
    [InlineData(EngineKind.PostgreSql)]
    public async Task Audit_RecordsEachFileWithItsHash_AndPublishesIt(EngineKind engine)
    {
        var loaded = await LoadedAsync(engine);
        var files = await Db.RowsAsync(loaded.Target,
            """
            SELECT dataset_id, load_file_id, source_kind, source, file_variant, sha256, bytes, rows_read, rows_loaded, rows_rejected, is_synthetic, outcome
            FROM etl_load_file WHERE load_run_id = @run ORDER BY load_file_id
            """, ("run", loaded.Run.RunId));
        var releases = await ReleasesAsync(loaded.Target);
        var factFiles = await FactChecksums.LoadFilesAsync(loaded.Target);

        Assert.Equal(DatasetCatalog.All.Select(d => d.Id), files.Select(f => Db.Text(f[0])));
        foreach (var file in files)
        {
            var dataset = DatasetCatalog.Find(Db.Text(file[0])!)!;
            var path = Path.Combine(loaded.Folder, dataset.Id + ".csv");
            var rows = Sample.DataRows(dataset);
            var id = Db.Number(file[1])!.Value;
            Assert.Equal(["file", path, "api", LoaderSampleFixture.Sha256OfFile(path)], file[2..6].Select(Db.Text));
            Assert.Equal([new FileInfo(path).Length, rows, rows, 0L], file[6..10].Select(Db.Number));
            Assert.True(Db.Flag(file[10]), $"{dataset.Id} comes from a folder marked SYNTHETIC.txt");
            Assert.Equal(LoadOutcome.Loaded, Db.Text(file[11]));
            Assert.Equal(id, releases[dataset.Id]);
            Assert.Equal($"{id}×{rows}", factFiles[dataset.FactTable]);
        }
        Assert.Equal(LoadOutcome.Succeeded, Db.Text(await Db.ScalarAsync(loaded.Target, "SELECT outcome FROM etl_load_run WHERE load_run_id = @run", ("run", loaded.Run.RunId))));
    }

    [SkippableTheory]
    [InlineData(EngineKind.Sqlite)]
    [InlineData(EngineKind.PostgreSql)]
    public async Task LoadPath_SameFolderAgain_IsUpToDateAndRewritesNothing(EngineKind engine)
    {
        var loaded = await LoadedAsync(engine);
        var factFiles = await FactChecksums.LoadFilesAsync(loaded.Target);
        var releases = await ReleasesAsync(loaded.Target);

        var again = await loaded.Target.LoadAsync(loaded.Folder);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(LoadOutcome.UpToDate, again.Outcome);
        Assert.Equal(DatasetCatalog.All.Select(d => d.Id), again.Files.Select(f => f.DatasetId));
        Assert.All(again.Files, f => Assert.Equal((LoadOutcome.UpToDate, 0L), (f.Outcome, f.RowsLoaded)));
        Assert.Equal(loaded.Checksums, await FactChecksums.ComputeAsync(loaded.Target));
        Assert.Equal(factFiles, await FactChecksums.LoadFilesAsync(loaded.Target));
        Assert.Equal(releases, await ReleasesAsync(loaded.Target));
        var outcomes = await Db.RowsAsync(loaded.Target, "SELECT outcome FROM etl_load_file WHERE load_run_id = @run", ("run", again.RunId));
        Assert.Equal(Enumerable.Repeat(LoadOutcome.UpToDate, 7), outcomes.Select(o => Db.Text(o[0])));
    }

    [Fact]
    public async Task LoadCli_Force_ReloadsEveryDatasetIntoTheSameFacts()
    {
        var loaded = await fixture.SqliteAsync();
        var folder = Sample.NewFolder("force");
        var copy = WarehouseTarget.Sqlite(Path.Combine(folder, "warehouse.db"));
        await using (var connection = await loaded.Target.OpenAsync())
        {
            await DbCommands.ExecuteAsync(connection, "VACUUM INTO @path", null, ("path", Path.Combine(folder, "warehouse.db")));
        }
        var factFilesBefore = await FactChecksums.LoadFilesAsync(copy);

        var result = await WarehouseCli.RunAsync(folder, new Dictionary<string, string?>(), CliTimeout, ["load", "--from", loaded.Folder, "--force", .. copy.CliTarget()]);

        Assert.True(result.ExitCode == 0, result.Description);
        var runId = Db.Number(await Db.ScalarAsync(copy, "SELECT MAX(load_run_id) FROM etl_load_run"));
        var files = (await Db.RowsAsync(copy, "SELECT dataset_id, load_file_id, outcome FROM etl_load_file WHERE load_run_id = @run", ("run", runId)))
            .ToDictionary(r => Db.Text(r[0])!, r => (Id: Db.Number(r[1])!.Value, Outcome: Db.Text(r[2])));
        var factFiles = await FactChecksums.LoadFilesAsync(copy);
        foreach (var dataset in DatasetCatalog.All)
        {
            var rows = Sample.DataRows(dataset);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{dataset.Id}: loaded ({rows:N0} rows"), result.StandardOutput, StringComparison.Ordinal);
            Assert.Equal(LoadOutcome.Loaded, files[dataset.Id].Outcome);
            Assert.Equal($"{files[dataset.Id].Id}×{rows}", factFiles[dataset.FactTable]);
            Assert.NotEqual(factFilesBefore[dataset.FactTable], factFiles[dataset.FactTable]);
        }
        Assert.Equal(loaded.Checksums, await FactChecksums.ComputeAsync(copy));
    }

    [Fact]
    public async Task LoadPath_BrowserVariant_GivesTheFactsOfTheApiVariant()
    {
        var api = await fixture.SqliteAsync();
        var browser = await fixture.SqliteBrowserAsync();

        Assert.Equal(LoadOutcome.Succeeded, browser.Run.Outcome);
        Assert.All(browser.Run.Files, f => Assert.True(f.Outcome == LoadOutcome.Loaded, $"{f.DatasetId}: {f.Outcome} {f.Message}"));
        Assert.Equal(api.Checksums, browser.Checksums);
        var files = await Db.RowsAsync(browser.Target, "SELECT dataset_id, file_variant, sha256 FROM etl_load_file WHERE load_run_id = @run", ("run", browser.Run.RunId));
        Assert.Equal(7, files.Count);
        foreach (var file in files)
        {
            var name = Db.Text(file[0]) + ".csv";
            Assert.Equal("browser", Db.Text(file[1]));
            Assert.Equal(LoaderSampleFixture.Sha256OfFile(Path.Combine(browser.Folder, name)), Db.Text(file[2]));
            Assert.NotEqual(LoaderSampleFixture.Sha256OfFile(Path.Combine(api.Folder, name)), Db.Text(file[2]));
        }
    }

    private Task<LoadedWarehouse> LoadedAsync(EngineKind engine)
    {
        if (engine == EngineKind.Sqlite)
        {
            return fixture.SqliteAsync();
        }
        server.SkipIfUnavailable();
        return fixture.PostgresAsync(server);
    }

    private static async Task<IReadOnlyDictionary<string, long?>> ReleasesAsync(WarehouseTarget target) =>
        (await Db.RowsAsync(target, "SELECT dataset_id, load_file_id FROM etl_dataset_release"))
            .ToDictionary(r => Db.Text(r[0])!, r => Db.Number(r[1]), StringComparer.Ordinal);
}
