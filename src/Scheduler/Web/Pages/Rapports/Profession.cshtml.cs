using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core;
using Warehouse.Scheduler.Reporting;

namespace Warehouse.Scheduler.Web.Pages.Rapports;

/// <summary>The profession briefing form: profession and year; posting it downloads the PDF.</summary>
public sealed class ProfessionModel(PickerReader pickers, ReportDownloads downloads) : PageModel
{
    [BindProperty]
    public string? Profession { get; set; } = "Infirmiers";

    [BindProperty]
    public int? Year { get; set; }

    public Pickers Pickers { get; private set; } = new([], [], []);

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pickers = await pickers.ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var order = ReportOrder.Create(ReportOrder.Profession, new Dictionary<string, string?>
            {
                ["profession"] = Profession,
                ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, "pdf");
            var (file, _) = await downloads.RenderAsync(order, User, cancellationToken);
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
}
