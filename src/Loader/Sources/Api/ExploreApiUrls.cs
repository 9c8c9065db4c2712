namespace Warehouse.Loader.Sources.Api;

/// <summary>The Explore API v2.1 addresses the loader calls (docs/data-format.md §7).</summary>
internal static class ExploreApiUrls
{
    public static Uri Dataset(Uri baseUrl, string datasetId) =>
        new(Root(baseUrl), $"catalog/datasets/{Uri.EscapeDataString(datasetId)}");

    public static Uri CsvExport(Uri baseUrl, string datasetId) =>
        new(Root(baseUrl), $"catalog/datasets/{Uri.EscapeDataString(datasetId)}/exports/csv?delimiter=%3B&with_bom=true&use_labels=false");

    /// <summary>The address as it may appear in a message or a log: scheme, host, port, path and query, never user information.</summary>
    public static string Display(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);

    /// <summary>Any address (a redirect may name another scheme) without user information or query.</summary>
    public static string DisplayAny(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private static Uri Root(Uri baseUrl) =>
        baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
