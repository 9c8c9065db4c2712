using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Scheduler.Web.Pages;

/// <summary>The report history, newest first, optionally for one report; each row links to /historique/{id}.</summary>
public sealed class HistoriqueModel(ReportArchive archive) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "rapport")]
    public string? Rapport { get; set; }

    public IReadOnlyList<ArchivedReport> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rapport = ReportOrder.Reports.FirstOrDefault(r => string.Equals(r, Rapport, StringComparison.OrdinalIgnoreCase));
        Rows = await archive.ListAsync(new ArchiveQuery(Report: Rapport, Limit: 200), cancellationToken);
    }

    /// <summary>"code : 35 · year : 2024" from the stored JSON.</summary>
    public static string Parameters(ArchivedReport row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join(" · ", ReportOrder.ParseParametersJson(row.Parameters).Select(p => $"{p.Key} : {p.Value}"));
    }
}
