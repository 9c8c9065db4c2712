using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Reports.Explorer;
using Warehouse.Scheduler.Web.Explorer;

namespace Warehouse.Scheduler.Web.Pages.Explorer;

/// <summary>Carte: an indicator of one profession and year on the France map, by département or région.</summary>
public sealed class CarteModel(ExplorerService explorer) : PageModel
{
    public RankingPage View { get; private set; } = null!;

    public string Svg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await explorer.RankingAsync(ExplorerQuery.Parse(Request.Query), byRank: false, cancellationToken);
        Svg = ExplorerMap.Svg(View.Ranking, ExplorerLinks.Territory);
    }
}
