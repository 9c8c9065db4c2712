using System.Security.Cryptography;
using System.Text;
using Warehouse.Core;
using Warehouse.Loader.Sources.Api;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

[Trait("Category", "process")]
public sealed class ExploreApiClientTests : IAsyncLifetime, IDisposable
{
    private const string Dataset = "honoraires";
    private static readonly byte[] Csv = SyntheticExport();

    private readonly string _targetDirectory = Path.Combine(Path.GetTempPath(), $"warehouse-explore-{Guid.NewGuid():N}");
    private FakeOpendatasoftServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpendatasoftServer.StartAsync();
        _server.AddDataset(Dataset, Csv, title: "Honoraires", modified: new DateTimeOffset(2025, 12, 15, 10, 0, 0, TimeSpan.Zero),
            dataProcessed: new DateTimeOffset(2025, 12, 16, 8, 30, 0, TimeSpan.FromHours(1)), recordsCount: 123_456, license: "Licence Ouverte v2.0");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(_targetDirectory))
        {
            Directory.Delete(_targetDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task GetRelease_ParsesDatesCountAndLicence()
    {
        using var client = Client();

        var release = await client.GetReleaseAsync(Dataset);

        Assert.Equal(Dataset, release.DatasetId);
        Assert.Equal("Honoraires", release.Title);
        Assert.Equal(new DateTimeOffset(2025, 12, 15, 10, 0, 0, TimeSpan.Zero), release.Modified);
        Assert.Equal(new DateTimeOffset(2025, 12, 16, 7, 30, 0, TimeSpan.Zero), release.DataProcessed);
        Assert.Equal(123_456, release.RecordsCount);
        Assert.Equal("Licence Ouverte v2.0", release.License);
    }

    [Fact]
    public async Task GetRelease_MissingOrNullFields_AreNull()
    {
        _server.AddDataset("sparse", """{"dataset_id":"sparse","metas":{"default":{"title":null,"modified":"not a date","records_count":"42"}}}""", Csv);
        using var client = Client();

        var release = await client.GetReleaseAsync("sparse");

        Assert.Equal(new DatasetRelease("sparse", null, null, null, 42, null), release);
    }

    [Fact]
    public async Task Requests_SendTheIdentifyingUserAgent()
    {
        var defaults = new ExploreApiOptions();
        using var client = Client();

        await client.GetReleaseAsync(Dataset);

        Assert.Equal(defaults.UserAgent, _server.LastUserAgent);
        Assert.StartsWith("Warehouse-loader/", _server.LastUserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadCsv_WritesTheServedBytes_WithTheirSha256()
    {
        using var client = Client();

        var file = await client.DownloadCsvAsync(Dataset, _targetDirectory);

        Assert.Equal(Path.Combine(_targetDirectory, Dataset + ".csv"), file.Path);
        Assert.Equal(Csv, await File.ReadAllBytesAsync(file.Path));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Csv)), file.Sha256);
        Assert.Equal(Csv.Length, file.Bytes);
        Assert.Equal(Dataset, file.DatasetId);
        Assert.EndsWith("/catalog/datasets/honoraires/exports/csv?delimiter=%3B&with_bom=true&use_labels=false", file.SourceUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("?delimiter=%3B&with_bom=true&use_labels=false", _server.LastQueryString);
        Assert.Equal([Dataset + ".csv"], Directory.GetFiles(_targetDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task DownloadCsv_TwoServiceUnavailable_ThenSucceeds()
    {
        _server.FailNext(Dataset, 2, 503);
        using var client = Client();

        var file = await client.DownloadCsvAsync(Dataset, _targetDirectory);

        Assert.Equal(Csv, await File.ReadAllBytesAsync(file.Path));
        Assert.Equal(3, _server.CsvRequests(Dataset));
    }

    [Fact]
    public async Task GetRelease_TooManyRequestsWithRetryAfter_ThenSucceeds()
    {
        _server.FailNext(Dataset, 1, 429, retryAfter: TimeSpan.Zero);
        using var client = Client();

        var release = await client.GetReleaseAsync(Dataset);

        Assert.Equal(123_456, release.RecordsCount);
        Assert.Equal(2, _server.MetadataRequests(Dataset));
    }

    [Fact]
    public async Task DownloadCsv_AlwaysServiceUnavailable_FailsAfterMaxAttempts()
    {
        _server.FailNext(Dataset, 100, 503);
        using var client = Client();

        var error = await Assert.ThrowsAsync<WarehouseException>(() => client.DownloadCsvAsync(Dataset, _targetDirectory));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Contains("/exports/csv", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsUserError);
        Assert.Equal(4, _server.CsvRequests(Dataset));
        Assert.Empty(Directory.GetFiles(_targetDirectory));
    }

    [Fact]
    public async Task DownloadCsv_CutShortOnce_ThenSucceeds()
    {
        _server.CutShortNext(Dataset, 1);
        using var client = Client();

        var file = await client.DownloadCsvAsync(Dataset, _targetDirectory);

        Assert.Equal(Csv, await File.ReadAllBytesAsync(file.Path));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Csv)), file.Sha256);
        Assert.Equal(2, _server.CsvRequests(Dataset));
        Assert.Single(Directory.GetFiles(_targetDirectory));
    }

    [Fact]
    public async Task DownloadCsv_AlwaysCutShort_FailsAndLeavesNoFile()
    {
        _server.CutShortNext(Dataset, 100);
        using var client = Client();

        var error = await Assert.ThrowsAsync<WarehouseException>(() => client.DownloadCsvAsync(Dataset, _targetDirectory));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
        Assert.Contains($"of {Csv.Length} bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains(_server.BaseUrl.Authority, error.Message, StringComparison.Ordinal);
        Assert.False(error.IsUserError);
        Assert.Equal(4, _server.CsvRequests(Dataset));
        Assert.Empty(Directory.GetFiles(_targetDirectory));
    }

    [Fact]
    public async Task DownloadCsv_StalledBody_TimesOutAndRetries()
    {
        _server.StallNext(Dataset, 1);
        using var client = Client(readTimeout: TimeSpan.FromSeconds(1));

        var file = await client.DownloadCsvAsync(Dataset, _targetDirectory);

        Assert.Equal(Csv, await File.ReadAllBytesAsync(file.Path));
        Assert.Equal(2, _server.CsvRequests(Dataset));
    }

    [Fact]
    public async Task DownloadCsv_WithoutFinalLineBreak_IsIncomplete()
    {
        _server.AddDataset("truncated", Encoding.UTF8.GetBytes("annee;profession_sante\n2024;Infirmier"));
        using var client = Client();

        var error = await Assert.ThrowsAsync<WarehouseException>(() => client.DownloadCsvAsync("truncated", _targetDirectory));

        Assert.Contains("line break", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_targetDirectory));
    }

    [Fact]
    public async Task NotFound_FailsWithoutRetry()
    {
        using var client = Client();

        var release = await Assert.ThrowsAsync<WarehouseException>(() => client.GetReleaseAsync("no-such-dataset"));
        var download = await Assert.ThrowsAsync<WarehouseException>(() => client.DownloadCsvAsync("no-such-dataset", _targetDirectory));

        Assert.Contains("has no dataset no-such-dataset (HTTP 404", release.Message, StringComparison.Ordinal);
        Assert.Contains("has no dataset no-such-dataset (HTTP 404", download.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.MetadataRequests("no-such-dataset"));
        Assert.Equal(1, _server.CsvRequests("no-such-dataset"));
    }

    [Fact]
    public async Task OtherClientError_FailsWithoutRetry()
    {
        _server.FailNext(Dataset, 5, 403);
        using var client = Client();

        var error = await Assert.ThrowsAsync<WarehouseException>(() => client.GetReleaseAsync(Dataset));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.MetadataRequests(Dataset));
    }

    private ExploreApiClient Client(TimeSpan? readTimeout = null) => new(new ExploreApiOptions
    {
        BaseUrl = _server.BaseUrl,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ReadTimeout = readTimeout ?? TimeSpan.FromSeconds(5),
        InitialBackoff = TimeSpan.FromMilliseconds(50),
    });

    /// <summary>An API-shaped export (one BOM, field names, LF) of a few hundred kB, so that a cut lands mid-body.</summary>
    private static byte[] SyntheticExport()
    {
        var text = new StringBuilder("\uFEFFannee;profession_sante;region;libelle_region;departement;libelle_departement;depassements_totaux\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"2024;Infirmier;{i % 100:00};Région {i};{i % 1000:000};Département {i};{(i % 7 == 0 ? "NS" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
