using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) that answers like the Opendatasoft Explore API v2.1 of data.ameli.fr:
/// <c>catalog/datasets/{id}</c> (metadata JSON) and <c>catalog/datasets/{id}/exports/csv</c> (the CSV bytes),
/// with injectable faults. Every wait is bounded.
/// </summary>
public sealed class FakeOpendatasoftServer : IAsyncDisposable
{
    private const string ApiRoot = "/api/explore/v2.1/";
    private const string DatasetsPrefix = ApiRoot + "catalog/datasets/";
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DeliveryGrace = TimeSpan.FromMilliseconds(100);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Dataset> _datasets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requestsPerPath = new(StringComparer.Ordinal);
    private readonly object _faultsGate = new();
    private readonly Dictionary<string, Queue<(int Status, TimeSpan? RetryAfter)>> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cutShort = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stalls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _exportHandlers = new(StringComparer.Ordinal);
    private string? _lastUserAgent;
    private string? _lastQueryString;

    private FakeOpendatasoftServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The API root to give the client, e.g. <c>http://127.0.0.1:41234/api/explore/v2.1/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The User-Agent header of the most recent request, or null if none came (or it had none).</summary>
    public string? LastUserAgent => Volatile.Read(ref _lastUserAgent);

    /// <summary>The raw query string (with its '?') of the most recent request.</summary>
    public string? LastQueryString => Volatile.Read(ref _lastQueryString);

    public static async Task<FakeOpendatasoftServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        FakeOpendatasoftServer? server = null;
        app.Run(context => server!.HandleAsync(context));

        using var startLimit = new CancellationTokenSource(StopLimit);
        await app.StartAsync(startLimit.Token);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException("Kestrel reported no bound address.");
        server = new FakeOpendatasoftServer(app, new Uri(new Uri(address), ApiRoot));
        return server;
    }

    /// <summary>Serves <paramref name="csv"/> as the export of <paramref name="datasetId"/>, and ODS-shaped metadata for it.</summary>
    public void AddDataset(string datasetId, byte[] csv, string? title = "Test dataset", DateTimeOffset? modified = null,
        DateTimeOffset? dataProcessed = null, long? recordsCount = null, string? license = "Licence Ouverte v2.0") =>
        _datasets[datasetId] = new Dataset(MetadataJson(datasetId, title, modified, dataProcessed, recordsCount, license), csv);

    /// <summary>Serves <paramref name="metadataJson"/> verbatim as the metadata of <paramref name="datasetId"/>.</summary>
    public void AddDataset(string datasetId, string metadataJson, byte[] csv) => _datasets[datasetId] = new Dataset(metadataJson, csv);

    /// <summary>The next <paramref name="count"/> requests about the dataset (metadata or export) answer <paramref name="statusCode"/>.</summary>
    public void FailNext(string datasetId, int count, int statusCode, TimeSpan? retryAfter = null)
    {
        lock (_faultsGate)
        {
            if (!_failures.TryGetValue(datasetId, out var queue))
            {
                _failures[datasetId] = queue = new Queue<(int, TimeSpan?)>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue((statusCode, retryAfter));
            }
        }
    }

    /// <summary>The next <paramref name="count"/> exports send the full Content-Length but only half the bytes, then drop the connection.</summary>
    public void CutShortNext(string datasetId, int count) => AddCount(_cutShort, datasetId, count);

    /// <summary>The next <paramref name="count"/> exports send half the bytes, then go silent (up to 10 s, or until the client leaves).</summary>
    public void StallNext(string datasetId, int count) => AddCount(_stalls, datasetId, count);

    /// <summary>The export of <paramref name="datasetId"/> is answered by <paramref name="handler"/> (a hostile body, a redirect); its metadata stays.</summary>
    public void ServeExportWith(string datasetId, Func<HttpContext, Task> handler) => _exportHandlers[datasetId] = handler;

    /// <summary>Requests received for an exact path (e.g. <c>/api/explore/v2.1/catalog/datasets/x</c>), whatever their outcome.</summary>
    public int RequestCount(string path) => _requestsPerPath.TryGetValue(path, out var count) ? count : 0;

    public int MetadataRequests(string datasetId) => RequestCount(DatasetsPrefix + datasetId);

    public int CsvRequests(string datasetId) => RequestCount(DatasetsPrefix + datasetId + "/exports/csv");

    public static string MetadataJson(string datasetId, string? title, DateTimeOffset? modified, DateTimeOffset? dataProcessed,
        long? recordsCount, string? license) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["dataset_id"] = datasetId,
            ["metas"] = new Dictionary<string, object?>
            {
                ["default"] = new Dictionary<string, object?>
                {
                    ["title"] = title,
                    ["description"] = "<p>Synthetic test dataset.</p>",
                    ["modified"] = modified?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                    ["data_processed"] = dataProcessed?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                    ["metadata_processed"] = dataProcessed?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                    ["records_count"] = recordsCount,
                    ["license"] = license,
                },
            },
            ["fields"] = new[]
            {
                new Dictionary<string, object?> { ["name"] = "annee", ["label"] = "annee", ["type"] = "date" },
                new Dictionary<string, object?> { ["name"] = "profession_sante", ["label"] = "profession_sante", ["type"] = "text" },
            },
        });

    public async ValueTask DisposeAsync()
    {
        using var stopLimit = new CancellationTokenSource(StopLimit);
        try
        {
            await _app.StopAsync(stopLimit.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping gave up on a lingering connection; disposing below closes it.
        }

        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        _requestsPerPath.AddOrUpdate(path, 1, (_, n) => n + 1);
        Volatile.Write(ref _lastUserAgent, context.Request.Headers.UserAgent.FirstOrDefault());
        Volatile.Write(ref _lastQueryString, context.Request.QueryString.Value);

        if (!path.StartsWith(DatasetsPrefix, StringComparison.Ordinal))
        {
            await NotFoundAsync(context, "Unknown path");
            return;
        }

        var rest = path[DatasetsPrefix.Length..];
        var isCsv = rest.EndsWith("/exports/csv", StringComparison.Ordinal);
        var datasetId = isCsv ? rest[..^"/exports/csv".Length] : rest;
        if (datasetId.Contains('/', StringComparison.Ordinal) || !_datasets.TryGetValue(datasetId, out var dataset))
        {
            await NotFoundAsync(context, $"Unknown dataset: {datasetId}");
            return;
        }

        if (TakeFailure(datasetId) is { } failure)
        {
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync("{\"error_code\":\"InjectedFault\"}", context.RequestAborted);
            return;
        }

        if (!isCsv)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(dataset.MetadataJson, context.RequestAborted);
            return;
        }

        if (_exportHandlers.TryGetValue(datasetId, out var handler))
        {
            await handler(context);
            return;
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.ContentLength = dataset.Csv.Length;
        if (TakeCount(_cutShort, datasetId))
        {
            await context.Response.Body.WriteAsync(dataset.Csv.AsMemory(0, dataset.Csv.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            // A flush below Kestrel's output threshold returns before the bytes reach the socket, and Abort() would drop
            // them: give the transport a moment so the client sees headers and half a body, then a dead connection.
            await PauseAsync(DeliveryGrace, context.RequestAborted);
            context.Abort();
            return;
        }

        if (TakeCount(_stalls, datasetId))
        {
            await context.Response.Body.WriteAsync(dataset.Csv.AsMemory(0, dataset.Csv.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await PauseAsync(StallLimit, context.RequestAborted);
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(dataset.Csv, context.RequestAborted);
    }

    /// <summary>Waits, ending early and quietly when the client goes away.</summary>
    private static async Task PauseAsync(TimeSpan duration, CancellationToken requestAborted)
    {
        try
        {
            await Task.Delay(duration, requestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client left; nothing more to send.
        }
    }

    private static async Task NotFoundAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = JsonSerializer.Serialize(new { error_code = "DatasetNotFound", message });
        await context.Response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
    }

    private (int Status, TimeSpan? RetryAfter)? TakeFailure(string datasetId)
    {
        lock (_faultsGate)
        {
            return _failures.TryGetValue(datasetId, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    private void AddCount(Dictionary<string, int> counts, string datasetId, int count)
    {
        lock (_faultsGate)
        {
            counts[datasetId] = counts.GetValueOrDefault(datasetId) + count;
        }
    }

    private bool TakeCount(Dictionary<string, int> counts, string datasetId)
    {
        lock (_faultsGate)
        {
            if (counts.GetValueOrDefault(datasetId) <= 0)
            {
                return false;
            }

            counts[datasetId]--;
            return true;
        }
    }

    private sealed record Dataset(string MetadataJson, byte[] Csv);
}
