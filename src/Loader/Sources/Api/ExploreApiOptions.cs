namespace Warehouse.Loader.Sources.Api;

/// <summary>Where and how politely to call the Opendatasoft Explore API v2.1 of data.ameli.fr (docs/data-format.md §7).</summary>
public sealed record ExploreApiOptions
{
    /// <summary>The API root; the catalog paths are resolved against it, so it should end with a slash (one is added if missing).</summary>
    public Uri BaseUrl { get; init; } = new("https://data.ameli.fr/api/explore/v2.1/");

    /// <summary>Sent with every request so that the portal can tell who is calling (robots.txt disallows /api/ for anonymous crawlers).</summary>
    public string UserAgent { get; init; } = "Warehouse-loader/1.0 (open-data warehouse of Data Professionnels de sante liberaux; contact: see README)";

    /// <summary>How long to wait for the TCP (and TLS) connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the server may stay silent: waiting for the response headers, or between two reads of the body.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per request, the first one included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait before the second attempt; it doubles for each further attempt, with a little jitter.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The largest export accepted, after decompression (Warehouse:Source:MaxDownloadBytes). The largest real export is
    /// a few hundred MB (all seven hold ~4.4 million rows); a body beyond this is no export and is refused before it fills the disk.
    /// </summary>
    public long MaxDownloadBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>How many times larger than its compressed size an export may become (Warehouse:Source:MaxDecompressionRatio); CSV exports stay well under 30.</summary>
    public int MaxDecompressionRatio { get; init; } = 100;

    /// <summary>The longest one download may take, whatever the pace (Warehouse:Source:MaxDownloadSeconds).</summary>
    public TimeSpan MaxDownloadTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Redirects followed per request, only to the scheme, host and port of <see cref="BaseUrl"/>.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The longest Retry-After (on 429 or 5xx) that is honoured; a server asking for a longer pause ends the retries.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}
