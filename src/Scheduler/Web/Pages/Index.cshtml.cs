using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Warehouse.Scheduler.Web.Pages;

/// <summary>The home page: the report catalogue and how fresh the data is.</summary>
public sealed class IndexModel(FreshnessReader freshness) : PageModel
{
    public Freshness Freshness { get; private set; } = new(null, [], "");

    public async Task OnGetAsync(CancellationToken cancellationToken) => Freshness = await freshness.ReadAsync(cancellationToken);
}
