namespace Warehouse.Scheduler.Settings;

/// <summary>
/// What `warehouse serve` reads from configuration (appsettings.json, environment such as Warehouse__Refresh__Cron,
/// user secrets, command line). Secrets (SMTP password, password hashes, API key hashes) come only from there.
/// </summary>
public sealed record ServerOptions
{
    /// <summary>Cron of the refresh-warehouse job (default every Monday 06:00).</summary>
    public string RefreshCron { get; init; } = "0 6 * * 1";

    /// <summary>Time zone of <see cref="RefreshCron"/> (IANA id).</summary>
    public string RefreshTimeZone { get; init; } = "Europe/Paris";

    /// <summary>Where refresh-warehouse loads from: empty for the Explore API (Warehouse:Source:BaseUrl or data.ameli.fr), or a folder of CSV exports.</summary>
    public string? RefreshFolder { get; init; }

    /// <summary>How many times a failed job is retried (with growing delays) before it stays failed.</summary>
    public int RetryAttempts { get; init; } = 5;

    /// <summary>Delays between retries, in seconds; the last one repeats.</summary>
    public IReadOnlyList<int> RetryDelaysSeconds { get; init; } = [60, 300, 900, 1800, 3600];

    /// <summary>How often Hangfire looks for scheduled and recurring jobs and its queue (SQLite storage polls its queue).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a job fetched by a server that then died stays invisible before another server runs it.</summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Hangfire workers of this instance.</summary>
    public int WorkerCount { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Workers of the warm-up server (queue "warm", after each load): how many briefings it renders at once.</summary>
    public int WarmWorkers { get; init; } = 1;

    /// <summary>Folder of the report history files.</summary>
    public required string ArchiveDirectory { get; init; }

    /// <summary>The address readers use to reach this server, for links in e-mails (e.g. https://warehouse.ars.example).</summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>Briefings rendered at once by this instance; further requests wait, then get 503.</summary>
    public int RenderConcurrency { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Render requests waiting for a renderer; beyond, 503 with Retry-After.</summary>
    public int RenderQueue { get; init; } = 100;

    /// <summary>Render requests per user per minute.</summary>
    public int RenderRequestsPerMinute { get; init; } = 30;

    /// <summary>A response slower than this (after a 10 s grace) is cut: a slow client cannot hold a connection, or an extract's renderer, for ever.</summary>
    public int MinResponseBytesPerSecond { get; init; } = 1024;


    public static ServerOptions Read(IConfiguration configuration, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new ServerOptions { ArchiveDirectory = "" };
        var delays = configuration.GetSection("Warehouse:Jobs:RetryDelaysSeconds").Get<int[]>();
        var publicUrl = configuration["Warehouse:Server:PublicUrl"];
        var folder = configuration["Warehouse:Refresh:Folder"];
        return new ServerOptions
        {
            RefreshCron = configuration["Warehouse:Refresh:Cron"] ?? defaults.RefreshCron,
            RefreshTimeZone = configuration["Warehouse:Refresh:TimeZone"] ?? defaults.RefreshTimeZone,
            RefreshFolder = string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder, workingDirectory),
            RetryAttempts = configuration.GetValue("Warehouse:Jobs:RetryAttempts", defaults.RetryAttempts),
            RetryDelaysSeconds = delays is { Length: > 0 } ? delays : defaults.RetryDelaysSeconds,
            PollInterval = TimeSpan.FromSeconds(configuration.GetValue("Warehouse:Jobs:PollIntervalSeconds", defaults.PollInterval.TotalSeconds)),
            WorkerCount = configuration.GetValue("Warehouse:Jobs:WorkerCount", defaults.WorkerCount),
            WarmWorkers = Math.Max(1, configuration.GetValue("Warehouse:Jobs:WarmWorkers", defaults.WarmWorkers)),
            InvisibilityTimeout = TimeSpan.FromSeconds(configuration.GetValue("Warehouse:Jobs:InvisibilityTimeoutSeconds", defaults.InvisibilityTimeout.TotalSeconds)),
            ArchiveDirectory = Path.GetFullPath(configuration["Warehouse:Archive:Directory"] ?? "data/archive", workingDirectory),
            PublicUrl = string.IsNullOrWhiteSpace(publicUrl) ? null : new Uri(publicUrl, UriKind.Absolute),
            RenderConcurrency = configuration.GetValue("Warehouse:Server:RenderConcurrency", defaults.RenderConcurrency),
            RenderQueue = configuration.GetValue("Warehouse:Server:RenderQueue", defaults.RenderQueue),
            RenderRequestsPerMinute = configuration.GetValue("Warehouse:Server:RenderRequestsPerMinute", defaults.RenderRequestsPerMinute),
            MinResponseBytesPerSecond = configuration.GetValue("Warehouse:Server:MinResponseBytesPerSecond", defaults.MinResponseBytesPerSecond),
        };
    }
}
