using System.Globalization;
using Warehouse.Core.Engines;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Briefings.Documents;
using Warehouse.Reports.Extracts;

namespace Warehouse.Delivery.Reporting;

/// <summary>Renders a <see cref="ReportOrder"/> to a file in memory (briefings are ~100 KB), for downloads, the history and deliveries.</summary>
public sealed class ReportRenderer(IWarehouseEngine engine)
{
    public async Task<RenderedFile> RenderAsync(ReportOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Report == ReportOrder.Territory
            ? await TerritoryAsync(order, cancellationToken)
            : await ProfessionAsync(order, cancellationToken);
    }

    private async Task<RenderedFile> TerritoryAsync(ReportOrder order, CancellationToken cancellationToken)
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(engine, order["code"]!, order.Year, order["map-profession"], cancellationToken);
        var parameters = new Dictionary<string, string>(order.Parameters)
        {
            ["code"] = model.TerritoryCode,
            ["year"] = model.Year.ToString(CultureInfo.InvariantCulture),
        };
        var canonical = order with { Parameters = new SortedDictionary<string, string>(parameters, StringComparer.Ordinal) };
        var title = $"Briefing territorial — {model.TerritoryLabel} ({model.Year})";
        var baseName = $"briefing-territoire-{model.TerritoryCode}-{model.Year}";
        if (order.Format == "xlsx")
        {
            var request = await BriefingCompanion.TerritoryAsync(engine, model, cancellationToken);
            using var buffer = new MemoryStream();
            var result = await new ExtractService(engine).WriteAsync(request, buffer, cancellationToken);
            return new RenderedFile(canonical, title + " — données", baseName + ".xlsx", result.ContentType, buffer.ToArray(), model.Stamp);
        }
        var pdf = TerritoryBriefingDocument.Compose(model).RenderToBytes();
        return new RenderedFile(canonical, title, baseName + ".pdf", "application/pdf", pdf, model.Stamp);
    }

    private async Task<RenderedFile> ProfessionAsync(ReportOrder order, CancellationToken cancellationToken)
    {
        var model = await ProfessionBriefingBuilder.BuildAsync(engine, order["profession"]!, order.Year, cancellationToken);
        var canonical = order with
        {
            Parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["profession"] = model.ProfessionLabel,
                ["year"] = model.Year.ToString(CultureInfo.InvariantCulture),
            },
        };
        var pdf = ProfessionBriefingDocument.Compose(model).RenderToBytes();
        return new RenderedFile(canonical, $"Briefing profession — {model.ProfessionLabel} ({model.Year})",
            $"briefing-profession-{FileNames.Slug(model.ProfessionLabel)}-{model.Year}.pdf", "application/pdf", pdf, model.Stamp);
    }
}
