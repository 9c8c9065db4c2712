using Warehouse.Delivery.Reporting;

namespace Warehouse.Scheduler.Web.Api;

/// <summary>The report history: what was rendered (newest first) and each past file, downloaded again byte for byte.</summary>
internal static class HistoryApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/history", ListAsync)
            .WithTags("Historique").WithName("ListHistory")
            .WithSummary("Les fichiers produits, du plus récent au plus ancien (report : territory ou profession ; limit : 1 à 1000).");
        api.MapGet("/history/{id:long}", DownloadAsync)
            .WithTags("Historique").WithName("DownloadHistory")
            .WithSummary("Télécharge à nouveau un fichier de l'historique, identique à l'original.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", RenderApi.Xlsx)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<List<ArchivedReport>> ListAsync(string? report, int? limit, ReportArchive archive, CancellationToken cancellationToken) =>
        await archive.ListAsync(new ArchiveQuery(Report: string.IsNullOrWhiteSpace(report) ? null : report.Trim().ToLowerInvariant(), Limit: limit ?? 100), cancellationToken);

    public static async Task<IResult> DownloadAsync(long id, ReportArchive archive, CancellationToken cancellationToken)
    {
        var archived = await archive.FindAsync(id, cancellationToken);
        if (archived is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introuvable", detail: $"L'historique n'a pas de fichier n° {id}.");
        }
        var stream = archive.OpenFile(archived);
        return stream is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Fichier disparu",
                detail: $"Le fichier n° {id} ({archived.FileName}) n'est plus dans le dossier de l'historique : produisez-le à nouveau.")
            : Results.File(stream, archived.ContentType, archived.FileName);
    }
}
