using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Reports.Explorer;
using Warehouse.Scheduler.Web.Explorer;

namespace Warehouse.Scheduler.Web.Pages.Explorer;

/// <summary>Évolution: an indicator over the years for up to 8 territories (one profession) or professions (one territory).</summary>
public sealed class EvolutionModel(ExplorerService explorer) : PageModel
{
    public EvolutionPage View { get; private set; } = null!;

    public Pickers Pickers { get; private set; } = null!;

    public string Svg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await explorer.EvolutionAsync(ExplorerQuery.Parse(Request.Query), cancellationToken);
        Pickers = PickerReader.From(View.Context.Dimensions, View.Context.Years);
        Svg = SvgLineChart.Render(View.Evolution);
    }
}
