using Microsoft.AspNetCore.Mvc;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Scheduler.Web.Pages.Rapports;

/// <summary>The profession briefing form: profession and year; posting it downloads the PDF.</summary>
public sealed class ProfessionModel(PickerReader pickers, ReportDownloads downloads) : BriefingFormModel(pickers, downloads)
{
    [BindProperty]
    public string? Profession { get; set; } = "Infirmiers";

    [BindProperty]
    public int? Year { get; set; }

    protected override ReportOrder Order() => ReportOrder.Create(ReportOrder.Profession, new Dictionary<string, string?>
    {
        ["profession"] = Profession,
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }, "pdf");
}
