using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Warehouse.Scheduler.Reporting;
using Warehouse.Scheduler.Web.Caching;

namespace Warehouse.Scheduler.Web.Api;

/// <summary>GET /api/reports/{report} renders a briefing (and records it in the history); GET /api/extracts streams an extract.</summary>
internal static class RenderApi
{
    public const string ArchiveIdHeader = "X-Archive-Id";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports/{report}", RenderAsync)
            .WithMetadata(new RenderLimited())
            .WithTags("Rapports").WithName("RenderReport")
            .WithSummary("Produit un briefing (territory : code, year, map-profession ; profession : profession, year) en pdf ou xlsx.")
            .WithDescription("Un briefing existe une fois par publication des données : la première demande le produit et l'ajoute à l'historique (l'en-tête X-Archive-Id donne son numéro), les suivantes reçoivent le même fichier. ETag fort ; If-None-Match → 304. Paramètre invalide : 400 avec les codes les plus proches.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", Xlsx)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/extracts", ExtractAsync)
            .WithMetadata(new RenderLimited())
            .WithTags("Extractions").WithName("Extract")
            .WithSummary("Extraction d'un jeu de données (ou d'un pack territorial sans dataset), filtrée, en xlsx ou csv, envoyée au fil de l'eau.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", Xlsx, "application/zip")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> RenderAsync(
        string report, string? code, string? year, [FromQuery(Name = "map-profession")] string? mapProfession, string? profession, string? format,
        ReportDownloads downloads, HttpContext context, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string?>();
        foreach (var (name, value) in new[] { ("code", code), ("year", year), ("map-profession", mapProfession), ("profession", profession) })
        {
            if (value is not null)
            {
                parameters[name] = value;
            }
        }
        var order = ReportOrder.Create(report, parameters, format);
        var served = await downloads.GetAsync(order, context.User, cancellationToken);
        return BriefingResults.File(context, downloads, served);
    }

    private static async Task ExtractAsync(
        string? dataset, string? years, string? territory, string? profession, string? format,
        [FromQuery(Name = "with-departements")] bool? withDepartements, [FromQuery(Name = "with-sub-professions")] bool? withSubProfessions,
        [FromQuery(Name = "no-aggregates")] bool? noAggregates, HttpContext context, CancellationToken cancellationToken)
    {
        var form = new ExtractForm(dataset, years, territory, profession, format ?? "csv",
            withDepartements ?? false, withSubProfessions ?? false, noAggregates ?? false);
        // A parameter error is raised before the first byte: the exception handler clears the download headers and answers 400.
        await ExtractDownload.WriteAsync(context, form, cancellationToken);
    }
}
