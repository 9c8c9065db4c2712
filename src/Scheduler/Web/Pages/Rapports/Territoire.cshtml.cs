using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core;
using Warehouse.Reports.Catalogue;
using Warehouse.Scheduler.Reporting;

namespace Warehouse.Scheduler.Web.Pages.Rapports;

/// <summary>The territory briefing form: territory, year, map profession and format; posting it downloads the file.</summary>
public sealed class TerritoireModel(PickerReader pickers, ReportDownloads downloads) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "FR";

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? MapProfession { get; set; } = ReportCatalogue.Territory.Parameters.First(p => p.Name == "map-profession").Default;

    [BindProperty]
    public string Format { get; set; } = "pdf";

    public Pickers Pickers { get; private set; } = new([], [], []);

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pickers = await pickers.ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var order = ReportOrder.Create(ReportOrder.Territory, new Dictionary<string, string?>
            {
                ["code"] = Code,
                ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["map-profession"] = MapProfession,
            }, Format);
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
