using Microsoft.Net.Http.Headers;
using Warehouse.Core;
using Warehouse.Reports.Explorer;
using Warehouse.Scheduler.Auth;
using Warehouse.Scheduler.Web.Api;

namespace Warehouse.Scheduler.Web.Explorer;

/// <summary>
/// The explorer's downloads, built by the same code as its pages from the same URL state: the data shown (CSV, XLSX) and the
/// chart (SVG). Reader role, like the pages.
/// </summary>
internal static class ExplorerEndpoints
{
    private static readonly string[] RankingViews = ["carte", "classement"];

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(ExplorerEndpoints).Assembly.GetManifestResourceStream("Warehouse.Scheduler.explorer.js")
            ?? throw new InvalidOperationException("explorer.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/explorer").RequireAuthorization(Roles.ReaderPolicy).ExcludeFromDescription();
        group.MapGet("/{view}/donnees.{format}", DataAsync);
        group.MapGet("/{view}/graphique.svg", ChartAsync);
        group.MapGet("/carte/graphique.png", MapPngAsync);
        group.MapGet("/territoire/{code}/donnees.{format}", TerritoryDataAsync);
        group.MapGet("/explorer.js", () => Results.Text(Script.Value, "text/javascript; charset=utf-8"));
        return endpoints;
    }

    private static async Task<IResult> DataAsync(string view, string format, HttpContext context, ExplorerService explorer, CancellationToken cancellationToken)
    {
        var query = ExplorerQuery.Parse(context.Request.Query);
        var (table, synthetic) = view switch
        {
            _ when RankingViews.Contains(view) => await RankingTableAsync(explorer, query, view, cancellationToken),
            "evolution" => await EvolutionTableAsync(explorer, query, cancellationToken),
            _ => (null, false),
        };
        return table is null ? Results.NotFound() : await WriteAsync(context, table, synthetic, format, $"explorer-{view}", cancellationToken);
    }

    private static async Task<IResult> ChartAsync(string view, HttpContext context, ExplorerService explorer, CancellationToken cancellationToken)
    {
        var query = ExplorerQuery.Parse(context.Request.Query);
        string? svg = view switch
        {
            "carte" => ExplorerMap.Svg((await explorer.RankingAsync(query, false, cancellationToken)).Ranking, ExplorerLinks.Territory),
            "classement" => SvgBarChart.Render((await explorer.RankingAsync(query, true, cancellationToken)).Ranking),
            "evolution" => SvgLineChart.Render((await explorer.EvolutionAsync(query, cancellationToken)).Evolution),
            _ => null,
        };
        if (svg is null)
        {
            return Results.NotFound();
        }
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"explorer-{view}.svg" }.ToString();
        return Results.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg, "image/svg+xml; charset=utf-8");
    }

    private static async Task<IResult> MapPngAsync(HttpContext context, ExplorerService explorer, CancellationToken cancellationToken)
    {
        var page = await explorer.RankingAsync(ExplorerQuery.Parse(context.Request.Query), false, cancellationToken);
        return Results.File(ExplorerMapPng.Render(page.Ranking, page.Context.IsSynthetic), "image/png", "explorer-carte.png");
    }

    private static async Task<IResult> TerritoryDataAsync(string code, string format, int? annee, HttpContext context, TerritoryModels models, CancellationToken cancellationToken)
    {
        try
        {
            var model = await models.GetAsync(code, annee, cancellationToken);
            return await WriteAsync(context, TerritoryExplorerView.Professions(model), model.Stamp.IsSynthetic, format, "explorer-territoire-" + model.TerritoryCode, cancellationToken);
        }
        catch (WarehouseException e) when (e.IsUserError)
        {
            return Results.NotFound(e.Message);
        }
    }

    private static async Task<(ExplorerTable?, bool)> RankingTableAsync(ExplorerService explorer, ExplorerQuery query, string view, CancellationToken cancellationToken)
    {
        var page = await explorer.RankingAsync(query, byRank: view == "classement", cancellationToken);
        return (page.Table, page.Context.IsSynthetic);
    }

    private static async Task<(ExplorerTable?, bool)> EvolutionTableAsync(ExplorerService explorer, ExplorerQuery query, CancellationToken cancellationToken)
    {
        var page = await explorer.EvolutionAsync(query, cancellationToken);
        return (page.Table, page.Context.IsSynthetic);
    }

    private static async Task<IResult> WriteAsync(HttpContext context, ExplorerTable table, bool synthetic, string format, string name, CancellationToken cancellationToken)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Results.NotFound();
        }
        using var buffer = new MemoryStream();
        if (csv)
        {
            await ExplorerTableWriter.WriteCsvAsync(table, synthetic, buffer, cancellationToken);
        }
        else
        {
            await ExplorerTableWriter.WriteXlsxAsync(table, synthetic, buffer, cancellationToken);
        }
        var safeName = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]);
        return Results.File(buffer.ToArray(), csv ? "text/csv; charset=utf-8" : RenderApi.Xlsx, $"{safeName}.{(csv ? "csv" : "xlsx")}");
    }
}
