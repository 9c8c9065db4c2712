using Warehouse.Reports.Catalogue;

namespace Warehouse.Scheduler.Web.Api;

/// <summary>The portal's JSON API: catalogue and picker data, briefings, extracts, the report history and data freshness.</summary>
internal static class ApiEndpoints
{
    public static RouteGroupBuilder Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/catalogue", () => ReportCatalogue.All)
            .WithTags("Catalogue").WithName("GetCatalogue")
            .WithSummary("Les rapports proposés, leurs paramètres typés et leurs formats.");
        api.MapGet("/territories", async (PickerReader pickers, CancellationToken ct) => (await pickers.ReadAsync(ct)).Territories)
            .WithTags("Catalogue").WithName("GetTerritories")
            .WithSummary("Territoires : France (FR), régions (R53) et départements (35, 2A, 971), codes acceptés par les rapports.");
        api.MapGet("/professions", async (PickerReader pickers, CancellationToken ct) => (await pickers.ReadAsync(ct)).Professions)
            .WithTags("Catalogue").WithName("GetProfessions")
            .WithSummary("Professions et groupes, par libellé publié (accepté par les rapports).");
        api.MapGet("/years", async (PickerReader pickers, CancellationToken ct) => (await pickers.ReadAsync(ct)).Years)
            .WithTags("Catalogue").WithName("GetYears")
            .WithSummary("Années chargées dans l'entrepôt.");
        api.MapGet("/freshness", async (FreshnessReader freshness, CancellationToken ct) => await freshness.ReadAsync(ct))
            .WithTags("Données").WithName("GetFreshness")
            .WithSummary("Fraîcheur des données : dernier chargement et date de publication de chaque jeu.");
        RenderApi.Map(api);
        HistoryApi.Map(api);
        return api;
    }
}
