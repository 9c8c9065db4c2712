using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Scheduler.Web.Pages.Rapports;

/// <summary>A briefing form: shows the pickers; posting it renders the order and downloads it, or shows why not (400).</summary>
public abstract class BriefingFormModel(PickerReader pickers, ReportDownloads downloads) : PageModel
{
    public Pickers Pickers { get; private set; } = new([], [], []);

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pickers = await pickers.ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (file, _) = await downloads.RenderAsync(Order(), User, cancellationToken);
            return File(file.Content, file.ContentType, file.FileName);
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
