using Microsoft.AspNetCore.Mvc;
using Warehouse.Delivery.Reporting;
using Warehouse.Reports.Catalogue;

namespace Warehouse.Scheduler.Web.Pages.Rapports;

/// <summary>The territory briefing form: territory, year, map profession and format; posting it downloads the file.</summary>
public sealed class TerritoireModel(PickerReader pickers, ReportDownloads downloads) : BriefingFormModel(pickers, downloads)
{
    [BindProperty]
    public string Code { get; set; } = "FR";

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? MapProfession { get; set; } = ReportCatalogue.Territory.Parameters.First(p => p.Name == "map-profession").Default;

    [BindProperty]
    public string Format { get; set; } = "pdf";

    protected override ReportOrder Order() => ReportOrder.Create(ReportOrder.Territory, new Dictionary<string, string?>
    {
        ["code"] = Code,
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["map-profession"] = MapProfession,
    }, Format);
}
