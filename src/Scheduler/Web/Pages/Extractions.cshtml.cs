using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core;

namespace Warehouse.Scheduler.Web.Pages;

/// <summary>The extract form; posting it streams the file straight into the response.</summary>
public sealed class ExtractionsModel(PickerReader pickers) : PageModel
{
    [BindProperty]
    public string? Dataset { get; set; } = "effectifs";

    [BindProperty]
    public string? Years { get; set; }

    [BindProperty]
    public string? Territory { get; set; }

    [BindProperty]
    public bool WithDepartements { get; set; }

    [BindProperty]
    public string? Profession { get; set; }

    [BindProperty]
    public bool NoAggregates { get; set; }

    [BindProperty]
    public string Format { get; set; } = "xlsx";

    public Pickers Pickers { get; private set; } = new([], [], []);

    public string? Error { get; private set; }

    public string LoadedYears => Pickers.Years.Count > 0 ? $"{Pickers.Years[0]}–{Pickers.Years[^1]}" : "aucune";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pickers = await pickers.ReadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ExtractDownload.WriteAsync(HttpContext, new ExtractForm(Dataset, Years, Territory, Profession, Format, WithDepartements, NoAggregates: NoAggregates), cancellationToken);
            return new EmptyResult();
        }
        catch (WarehouseException e) when (e.IsUserError && !Response.HasStarted)
        {
            ExtractDownload.Reset(HttpContext);
            Error = e.Message;
            Pickers = await pickers.ReadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
