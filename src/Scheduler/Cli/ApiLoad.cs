using Microsoft.Extensions.Configuration;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Loader.Sources.Api;

namespace Warehouse.Scheduler.Cli;

/// <summary>Loads from the Explore API: the base URL from --from, else Warehouse:Source:BaseUrl, else data.ameli.fr.</summary>
internal static class ApiLoad
{
    public static async Task<LoadRunResult> RunAsync(LoadService service, IConfiguration configuration, string? baseUrl, LoadTrigger trigger, CancellationToken cancellationToken)
    {
        using var client = new ExploreApiClient(ApiOptions(configuration, baseUrl));
        return await service.LoadApiAsync(client, trigger, cancellationToken);
    }

    public static ExploreApiOptions ApiOptions(IConfiguration configuration, string? baseUrl = null)
    {
        var options = new ExploreApiOptions();
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
}
