using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Explorer;
using Warehouse.Scheduler.Web.Explorer;

namespace Warehouse.Scheduler.Web.Pages.Explorer;

/// <summary>Territoire: a département, a région or France as its briefing sees it, on one page, with links to the briefing's files.</summary>
public sealed class TerritoireModel(TerritoryModels models) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "FR";

    [BindProperty(SupportsGet = true, Name = "annee")]
    public int? Year { get; set; }

    public TerritoryBriefingModel Briefing { get; private set; } = null!;

    public ExplorerTable Table { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Briefing = await models.GetAsync(Code, Year, cancellationToken);
        }
        catch (WarehouseException e) when (e.IsUserError)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Table = TerritoryExplorerView.Professions(Briefing);
        return Page();
    }
}
