using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Warehouse.Core;

namespace Warehouse.Loader.Sources.Api;

/// <summary>
/// Calls the data.ameli.fr Explore API v2.1: catalog metadata of a dataset, and its full CSV export to disk.
/// Transient failures (timeouts, connection errors, 5xx, 429, bodies cut short) are retried with exponential backoff;
/// everything that finally fails is a <see cref="WarehouseException"/> naming the URL. Redirects are followed only within the
/// scheme, host and port of the base URL; downloads are bounded in size, decompression ratio, total time and silence.
/// </summary>
public sealed class ExploreApiClient : IDisposable
{
    private readonly ExploreApiOptions _options;
    private readonly HttpClient _http;

    public ExploreApiClient(ExploreApiOptions? options = null)
    {
        _options = options ?? new ExploreApiOptions();
        ArgumentNullException.ThrowIfNull(_options.BaseUrl);
        if (!_options.BaseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The Explore API base URL must be absolute.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.ConnectTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.ReadTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.InitialBackoff, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDownloadBytes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDecompressionRatio, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.MaxDownloadTime, TimeSpan.Zero, nameof(options));

        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _options.ConnectTimeout,
            // Both done here: decoding to see compression bombs (CsvBodyWriter), redirects to stay on the configured host.
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        // No overall timeout: a large export may take minutes. Silence is bounded by ReadTimeout instead.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
    }

    /// <summary>Reads <c>metas.default</c> of the dataset from <c>catalog/datasets/{id}</c>.</summary>
    public Task<DatasetRelease> GetReleaseAsync(string datasetId, CancellationToken cancellationToken = default)
    {
        CheckDatasetId(datasetId);
        var url = ExploreApiUrls.Dataset(_options.BaseUrl, datasetId);
        return WithRetriesAsync(async ct =>
        {
            using var response = await SendAsync(url, "application/json", compressed: false, datasetId, ct);
            using var json = await JsonBodyReader.ReadAsync(response, url, _options.ReadTimeout, ct);
            return DatasetReleaseJson.Parse(datasetId, json.RootElement);
        }, cancellationToken);
    }

    /// <summary>
    /// Downloads the full CSV export (<c>;</c>-separated, BOM, field names as header) to <c>{datasetId}.csv</c> in
    /// <paramref name="targetDirectory"/>, replacing any previous file there only once the new one is complete.
    /// </summary>
    public Task<DownloadedFile> DownloadCsvAsync(string datasetId, string targetDirectory, CancellationToken cancellationToken = default)
    {
        CheckDatasetId(datasetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetDirectory);
        var url = ExploreApiUrls.CsvExport(_options.BaseUrl, datasetId);
        var finalPath = Path.GetFullPath(Path.Combine(targetDirectory, datasetId + ".csv"));
        try
        {
            Directory.CreateDirectory(targetDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseException($"Could not create the download directory {targetDirectory}: {ex.Message}", false, ex);
        }

        return WithRetriesAsync(async ct =>
        {
            using var tooLong = CancellationTokenSource.CreateLinkedTokenSource(ct);
            tooLong.CancelAfter(_options.MaxDownloadTime);
            var partPath = Path.Combine(Path.GetDirectoryName(finalPath)!,
                $"{datasetId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.csv.part");
            try
            {
                using var response = await SendAsync(url, "text/csv", compressed: true, datasetId, tooLong.Token);
                var (sha256, bytes) = await CsvBodyWriter.WriteAsync(response, partPath, url, _options, tooLong.Token);
                MovePart(partPath, finalPath);
                return new DownloadedFile(datasetId, finalPath, url, sha256, bytes);
            }
            catch (OperationCanceledException ex) when (tooLong.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                DeleteQuietly(partPath);
                throw new WarehouseException(string.Create(CultureInfo.InvariantCulture,
                    $"The download of {ExploreApiUrls.Display(url)} took longer than {_options.MaxDownloadTime.TotalSeconds:0} s (Warehouse:Source:MaxDownloadSeconds): stopped."), false, ex);
            }
            catch
            {
                DeleteQuietly(partPath);
                throw;
            }
        }, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var attempts = 1; ; attempts++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (TransientFailure failure) when (attempts < _options.MaxAttempts)
            {
                await Task.Delay(Backoff.Delay(_options.InitialBackoff, attempts, failure.RetryAfter), cancellationToken);
            }
            catch (TransientFailure failure)
            {
                var tries = attempts == 1 ? "1 attempt" : attempts.ToString(CultureInfo.InvariantCulture) + " attempts";
                throw new WarehouseException($"{failure.Message}; gave up after {tries}.", false, failure);
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, string accept, bool compressed, string datasetId, CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            var response = await SendOnceAsync(url, accept, compressed, datasetId, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                return response;
            }
            using (response)
            {
                url = RedirectTarget(url, response.Headers.Location, redirects);
            }
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Where a redirect leads, if it stays on the base URL's scheme, host and port (anything else would be a request forgery).</summary>
    private Uri RedirectTarget(Uri from, Uri? location, int redirects)
    {
        var shown = ExploreApiUrls.Display(from);
        var host = _options.BaseUrl.Host;
        if (location is null)
        {
            throw new WarehouseException($"{host} redirected {shown} without saying where to.");
        }
        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        var origin = _options.BaseUrl.GetLeftPart(UriPartial.Authority);
        if (!string.Equals(target.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
        {
            throw new WarehouseException($"{host} redirected {shown} to {ExploreApiUrls.DisplayAny(target)}, outside {origin}: not followed.");
        }
        if (redirects >= _options.MaxRedirects)
        {
            throw new WarehouseException(string.Create(CultureInfo.InvariantCulture, $"{host} redirected {shown} more than {_options.MaxRedirects} times: not followed."));
        }
        return target;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Uri url, string accept, bool compressed, string datasetId, CancellationToken cancellationToken)
    {
        var shown = ExploreApiUrls.Display(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (compressed)
        {
            request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        }
        using var headersTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        headersTimeout.CancelAfter(_options.ReadTimeout);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headersTimeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientFailure(string.Create(CultureInfo.InvariantCulture,
                $"{shown} sent no response within {_options.ReadTimeout.TotalSeconds:0.###} s"), ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientFailure($"Request to {shown} failed ({Reason.Of(ex)})", ex);
        }

        if (response.IsSuccessStatusCode || IsRedirect(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            throw StatusFailure(response, shown, datasetId);
        }
    }

    private Exception StatusFailure(HttpResponseMessage response, string shown, string datasetId)
    {
        var code = (int)response.StatusCode;
        var status = string.IsNullOrWhiteSpace(response.ReasonPhrase)
            ? "HTTP " + code.ToString(CultureInfo.InvariantCulture)
            : $"HTTP {code.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}";
        var host = _options.BaseUrl.Host;
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new WarehouseException($"{host} has no dataset {datasetId} (HTTP 404 for {shown}).");
        }

        if (code >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
        {
            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            if (retryAfter > _options.MaxRetryAfter)
            {
                return new WarehouseException(string.Create(CultureInfo.InvariantCulture,
                    $"{host} answered {status} for {shown} and asked to wait {retryAfter.Value.TotalSeconds:0} s before trying again, longer than the {_options.MaxRetryAfter.TotalSeconds:0} s this loader waits."));
            }

            return new TransientFailure($"{host} answered {status} for {shown}", null, retryAfter);
        }

        return new WarehouseException($"{host} refused {shown} with {status}.");
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static void CheckDatasetId(string datasetId)
    {
        ArgumentNullException.ThrowIfNull(datasetId);
        if (datasetId.Length == 0 || !datasetId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new WarehouseException($"'{datasetId}' is not a data.ameli.fr dataset id (letters, digits, '-' and '_' only).", isUserError: true);
        }
    }

    private static void MovePart(string partPath, string finalPath)
    {
        try
        {
            File.Move(partPath, finalPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseException($"Could not move the finished download {partPath} to {finalPath}: {ex.Message}", false, ex);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The part file is named as such; a later run overwrites nothing with it.
        }
    }
}
