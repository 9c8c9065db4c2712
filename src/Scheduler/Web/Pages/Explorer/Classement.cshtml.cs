using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Reports.Explorer;
using Warehouse.Scheduler.Web.Explorer;

namespace Warehouse.Scheduler.Web.Pages.Explorer;

/// <summary>Classement: the territories of a level (or the départements of a région) ranked, with the France and région lines.</summary>
public sealed class ClassementModel(ExplorerService explorer) : PageModel
{
    public RankingPage View { get; private set; } = null!;

    public string Svg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await explorer.RankingAsync(ExplorerQuery.Parse(Request.Query), byRank: true, cancellationToken);
        Svg = SvgBarChart.Render(View.Ranking);
    }
}
