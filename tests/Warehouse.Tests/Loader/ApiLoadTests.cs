using System.Globalization;
using System.Security.Cryptography;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// `warehouse load --from &lt;Explore API root&gt;` against the fake Opendatasoft server serving the sample: audited releases,
/// no download when the catalog announces the live release, retries, and no change to the facts when a download fails.
/// </summary>
[Trait("Category", "process")]
public sealed class ApiLoadTests(LoaderSampleFixture sample) : IClassFixture<LoaderSampleFixture>, IAsyncLifetime
{
    private const string License = "Licence Ouverte v2.0";
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset Modified = new(2025, 12, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Processed = new(2025, 12, 16, 8, 30, 0, TimeSpan.FromHours(1));
    private static readonly DatasetDefinition Fees = DatasetCatalog.Fees;
    private FakeOpendatasoftServer _server = null!;
    private string _folder = "";
    private WarehouseTarget _warehouse = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpendatasoftServer.StartAsync();
        _folder = sample.NewFolder("api");
        _warehouse = WarehouseTarget.Sqlite(Path.Combine(_folder, "warehouse.db"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task LoadApi_LoadsTheSevenDatasets_WithTheirReleaseAudited()
    {
        foreach (var dataset in DatasetCatalog.All)
        {
            Serve(dataset, Processed);
        }

        var result = await LoadAsync();

        Assert.True(result.ExitCode == 0, result.Description);
        var files = await Db.RowsAsync(_warehouse,
            """
            SELECT dataset_id, source_kind, source, license, source_data_processed, source_modified, source_records_count, sha256, rows_loaded, outcome
            FROM etl_load_file ORDER BY load_file_id
            """);
        Assert.Equal(DatasetCatalog.All.Select(d => d.Id), files.Select(f => Db.Text(f[0])));
        foreach (var file in files)
        {
            var dataset = DatasetCatalog.Find(Db.Text(file[0])!)!;
            var rows = sample.DataRows(dataset);
            Assert.Equal(["api", CsvUrl(dataset), License, "2025-12-16T07:30:00.000Z", "2025-12-15T10:00:00.000Z"], file[1..6].Select(Db.Text));
            Assert.Equal((rows, sample.Sha256Of(dataset), rows, LoadOutcome.Loaded), (Db.Number(file[6]), Db.Text(file[7]), Db.Number(file[8]), Db.Text(file[9])));
            Assert.Equal(1, _server.CsvRequests(dataset.Id));
        }
        var checksums = await FactChecksums.ComputeAsync(_warehouse);
        Assert.All(DatasetCatalog.All, d => Assert.Equal(sample.DataRows(d), checksums[d.FactTable].Rows));
    }

    [Fact]
    public async Task LoadApi_IsUpToDateWithoutDownloading_WhenTheCatalogAnnouncesTheLiveRelease()
    {
        Serve(Fees, Processed);
        var first = await LoadAsync("--dataset", "honoraires");
        Assert.True(first.ExitCode == 0, first.Description);
        var before = await WarehouseSnapshot.TakeAsync(_warehouse);

        var second = await LoadAsync("--dataset", "honoraires");

        Assert.True(second.ExitCode == 0, second.Description);
        Assert.Contains("honoraires: up_to_date", second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, _server.CsvRequests(Fees.Id));
        Assert.Equal(2, _server.MetadataRequests(Fees.Id));
        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(_warehouse));
        Assert.Equal([LoadOutcome.Loaded, LoadOutcome.UpToDate], await FileOutcomesAsync());
    }

    [Fact]
    public async Task LoadApi_DownloadsAndLoadsTheNewRelease_WhenDataProcessedChanges()
    {
        Serve(Fees, Processed);
        Assert.Equal(0, (await LoadAsync("--dataset", "honoraires")).ExitCode);
        var fees = sample.Csv(Fees);
        var revised = fees.With(fees.FindRow(("annee", "2019"), ("profession_sante", "Ensemble des médecins"), ("region", "99")), "hono_sans_depassement_totaux", "123456789");
        _server.AddDataset(Fees.Id, revised.ToBytes(), "Honoraires", Modified, Processed.AddDays(30), revised.Rows.Count, License);

        var result = await LoadAsync("--dataset", "honoraires");

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Equal(2, _server.CsvRequests(Fees.Id));
        Assert.Equal([LoadOutcome.Loaded, LoadOutcome.Loaded], await FileOutcomesAsync());
        var live = Assert.Single(await Db.RowsAsync(_warehouse,
            "SELECT f.source_data_processed, f.load_file_id FROM etl_dataset_release r JOIN etl_load_file f ON f.load_file_id = r.load_file_id"));
        Assert.Equal(("2026-01-15T07:30:00.000Z", 2L), (Db.Text(live[0]), Db.Number(live[1])));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"2×{sample.DataRows(Fees)}"), (await FactChecksums.LoadFilesAsync(_warehouse))[Fees.FactTable]);
        Assert.Equal(123_456_789L, Db.Number(await Db.ScalarAsync(_warehouse,
            "SELECT tariff_fees_total FROM fact_fees f JOIN dim_territory t ON t.territory_key = f.territory_key WHERE f.year = 2019 AND f.profession_key = 1 AND t.region_code = '99'")));
    }

    [Fact]
    public async Task LoadApi_DoesNotDownloadAgain_AfterARepublicationOfTheSameBytes()
    {
        Serve(Fees, Processed);
        Assert.Equal(0, (await LoadAsync("--dataset", "honoraires")).ExitCode);
        Serve(Fees, Processed.AddDays(30));
        var republished = await LoadAsync("--dataset", "honoraires");
        Assert.True(republished.ExitCode == 0, republished.Description);
        Assert.Equal(2, _server.CsvRequests(Fees.Id));
        var before = await WarehouseSnapshot.TakeAsync(_warehouse);

        var third = await LoadAsync("--dataset", "honoraires");

        Assert.True(third.ExitCode == 0, third.Description);
        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(_warehouse));
        Assert.True(_server.CsvRequests(Fees.Id) == 2,
            $"the catalog announces the release whose bytes are live (data_processed {Processed.AddDays(30):O}), yet run 3 downloaded the export again:\n{third.Description}");
    }

    [Fact]
    public async Task LoadApi_Loads_AfterTwoServiceUnavailableAnswers()
    {
        Serve(Fees, Processed);
        _server.FailNext(Fees.Id, 2, 503);

        var result = await LoadAsync("--dataset", "honoraires");

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Equal((3, 1), (_server.MetadataRequests(Fees.Id), _server.CsvRequests(Fees.Id)));
        Assert.Equal(sample.DataRows(Fees), await Db.CountAsync(_warehouse, "SELECT COUNT(*) FROM fact_fees"));
        Assert.Equal([LoadOutcome.Loaded], await FileOutcomesAsync());
    }

    [Fact]
    public async Task LoadApi_FailsAndKeepsTheFacts_WhenEveryDownloadIsCutShort()
    {
        Serve(Fees, Processed);
        Assert.Equal(0, (await LoadAsync("--dataset", "honoraires")).ExitCode);
        var before = await WarehouseSnapshot.TakeAsync(_warehouse);
        Serve(Fees, Processed.AddDays(30));
        _server.CutShortNext(Fees.Id, 100);

        var result = await LoadAsync("--dataset", "honoraires");

        Assert.True(result.ExitCode == 1, result.Description);
        Assert.Contains("cut short", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(CsvUrl(Fees).Split('?')[0], result.StandardError, StringComparison.Ordinal);
        Assert.Equal(1 + 4, _server.CsvRequests(Fees.Id));
        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(_warehouse));
        Assert.Equal(LoadOutcome.Failed, Db.Text(await Db.ScalarAsync(_warehouse, "SELECT outcome FROM etl_load_run WHERE load_run_id = 2")));
    }

    [Fact]
    public async Task LoadApi_RejectsAndLoadsNothing_WhenRecordsCountDiffersFromTheRowsServed()
    {
        var announced = sample.DataRows(Fees) + 5;
        _server.AddDataset(Fees.Id, await File.ReadAllBytesAsync(sample.PathOf(Fees)), "Honoraires", Modified, Processed, announced, License);

        var result = await LoadAsync("--dataset", "honoraires");

        Assert.True(result.ExitCode == 2, result.Description);
        var reason = string.Create(CultureInfo.InvariantCulture, $"the file has {announced - 5:N0} rows but the source metadata announces {announced:N0}");
        Assert.Contains(reason, result.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, await Db.CountAsync(_warehouse, "SELECT COUNT(*) FROM fact_fees"));
        Assert.Equal(0, await Db.CountAsync(_warehouse, "SELECT COUNT(*) FROM etl_dataset_release"));
        Assert.Equal([LoadOutcome.Rejected], await FileOutcomesAsync());
        var rejected = await Db.RowsAsync(_warehouse, "SELECT reason FROM etl_rejected_row");
        Assert.Contains(reason, Db.Text(Assert.Single(rejected)[0]), StringComparison.Ordinal);
    }

    /// <summary>Serves the sample file of a dataset with catalog metadata: records_count = its data rows.</summary>
    private void Serve(DatasetDefinition dataset, DateTimeOffset dataProcessed)
    {
        var csv = File.ReadAllBytes(sample.PathOf(dataset));
        Assert.Equal(sample.Sha256Of(dataset), Convert.ToHexStringLower(SHA256.HashData(csv)));
        _server.AddDataset(dataset.Id, csv, dataset.Id, Modified, dataProcessed, sample.DataRows(dataset), License);
    }

    private string CsvUrl(DatasetDefinition dataset) =>
        new Uri(_server.BaseUrl, $"catalog/datasets/{dataset.Id}/exports/csv?delimiter=%3B&with_bom=true&use_labels=false").AbsoluteUri;

    private Task<ProcessResult> LoadAsync(params string[] arguments) =>
        WarehouseCli.RunAsync(_folder, new Dictionary<string, string?>(), CliTimeout,
            ["load", "--from", _server.BaseUrl.AbsoluteUri, .. arguments, .. _warehouse.CliTarget()]);

    private async Task<IReadOnlyList<string?>> FileOutcomesAsync() =>
        [.. (await Db.RowsAsync(_warehouse, "SELECT outcome FROM etl_load_file ORDER BY load_file_id")).Select(r => Db.Text(r[0]))];
}
