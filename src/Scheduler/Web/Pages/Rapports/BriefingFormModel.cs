using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core;
using Warehouse.Scheduler.Reporting;

namespace Warehouse.Scheduler.Web.Pages.Rapports;

/// <summary>A briefing form: shows the pickers; posting it downloads the briefing (rendered once per data release), or shows why not (400).</summary>
public abstract class BriefingFormModel(PickerReader pickers, ReportDownloads downloads) : PageModel
{
    public Pickers Pickers { get; private set; } = new([], [], []);

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pickers = await pickers.ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var served = await downloads.GetAsync(Order(), User, cancellationToken);
            return File(downloads.Open(served), served.Archived.ContentType, served.Archived.FileName);
        }
        catch (WarehouseException e) when (e.IsUserError)
        {
            Error = e.Message;
            Pickers = await pickers.ReadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    /// <summary>The order made of the posted fields (validated by <see cref="ReportOrder.Create"/>, which throws a user error).</summary>
    protected abstract ReportOrder Order();
}
