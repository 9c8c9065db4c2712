using System.Text.Json.Serialization;
using Warehouse.Scheduler.Auth;
using Warehouse.Scheduler.Settings;
using Warehouse.Scheduler.Web.Api;
using Warehouse.Scheduler.Web.Explorer;

namespace Warehouse.Scheduler.Web;

/// <summary>The portal (Razor Pages under Web/Pages) and the JSON API under /api, with its OpenAPI document at /openapi/v1.json.</summary>
internal static class WebSetup
{
    public static IServiceCollection AddWarehouseWeb(this IServiceCollection services, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Web/Pages";
            pages.Conventions.AuthorizeFolder("/", Roles.ReaderPolicy);
            pages.Conventions.AllowAnonymousToPage("/Connexion");
            pages.Conventions.AllowAnonymousToPage("/Deconnexion");
        });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Warehouse — API des rapports";
            document.Info.Description = "Catalogue, briefings (PDF, XLSX), extractions (XLSX, CSV), historique des rapports, fraîcheur des données. "
                + "Authentification : en-tête X-Api-Key, Authorization: Bearer <clé> ou Basic.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddExceptionHandler<UserErrorHandler>();
        services.AddRenderLimits(options);
        services.AddSingleton<ReportDownloads>();
        services.AddSingleton<ExtractCache>();
        services.AddSingleton<PickerReader>();
        services.AddSingleton<Explorer.ExplorerService>();
        services.AddMemoryCache(cache => cache.SizeLimit = Explorer.TerritoryModels.Capacity);
        services.AddSingleton<Explorer.TerritoryModels>();
        services.AddSingleton<FreshnessReader>();
        return services;
    }

    /// <summary>After authentication: rate limits are per user, so they need to know who asks.</summary>
    public static WebApplication UseWarehouseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapWarehouseWeb(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi().AllowAnonymous();
        endpoints.MapRazorPages();
        endpoints.MapExplorer();
        // The address e-mails link to: a past file of the report history, downloaded again.
        endpoints.MapGet("/historique/{id:long}", HistoryApi.DownloadAsync).RequireAuthorization(Roles.ReaderPolicy).ExcludeFromDescription();

        var api = endpoints.MapGroup("/api").RequireAuthorization(Roles.ReaderPolicy);
        ApiEndpoints.Map(api);
        MapOtherApis(api);
        return endpoints;
    }

    /// <summary>
    /// The API endpoints of the server's other parts: loads, subscriptions and deliveries.
    /// The group already requires the reader policy; operator endpoints add RequireAuthorization(Roles.OperatorPolicy).
    /// </summary>
    private static void MapOtherApis(RouteGroupBuilder api)
    {
        api.MapLoadApi();
        api.MapDeliveryApi();
    }
}
