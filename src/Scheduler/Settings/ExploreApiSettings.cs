using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Loader.Sources.Api;

namespace Warehouse.Scheduler.Settings;

/// <summary>
/// The Explore API a load reads: the base URL from --from, else Warehouse:Source:BaseUrl, else data.ameli.fr; the download
/// limits from Warehouse:Source (MaxDownloadBytes, MaxDecompressionRatio, MaxDownloadSeconds, ReadTimeoutSeconds).
/// </summary>
internal static class ExploreApiSettings
{
    /// <summary>Loads from the Explore API these settings name.</summary>
    public static async Task<LoadRunResult> LoadAsync(LoadService service, IConfiguration configuration, string? baseUrl, LoadTrigger trigger, CancellationToken cancellationToken)
    {
        using var client = new ExploreApiClient(Read(configuration, baseUrl));
        return await service.LoadApiAsync(client, trigger, cancellationToken);
    }

    public static ExploreApiOptions Read(IConfiguration configuration, string? baseUrl = null)
    {
        var defaults = new ExploreApiOptions();
        var options = defaults with
        {
            MaxDownloadBytes = Positive(configuration, "Warehouse:Source:MaxDownloadBytes", defaults.MaxDownloadBytes),
            MaxDecompressionRatio = (int)Math.Min(int.MaxValue, Positive(configuration, "Warehouse:Source:MaxDecompressionRatio", defaults.MaxDecompressionRatio)),
            MaxDownloadTime = TimeSpan.FromSeconds(Positive(configuration, "Warehouse:Source:MaxDownloadSeconds", (long)defaults.MaxDownloadTime.TotalSeconds)),
            ReadTimeout = TimeSpan.FromSeconds(Positive(configuration, "Warehouse:Source:ReadTimeoutSeconds", (long)defaults.ReadTimeout.TotalSeconds)),
        };
        var url = baseUrl ?? configuration["Warehouse:Source:BaseUrl"];
        if (string.IsNullOrWhiteSpace(url))
        {
            return options;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new Core.WarehouseException($"The Explore API base URL \"{url}\" is not an http(s) URL.", isUserError: true);
        }
        // A bare host means the portal itself: its Explore API lives under /api/explore/v2.1/.
        return options with { BaseUrl = uri.AbsolutePath is "/" or "" ? new Uri(uri, "api/explore/v2.1/") : uri };
    }

    private static long Positive(IConfiguration configuration, string key, long fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new Core.WarehouseException($"{key} is \"{text}\": use a whole number above 0.", isUserError: true);
    }
}
