using Warehouse.Core;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>Which catalogue datasets a request reads: the one it names, or all of them for a territory pack.</summary>
internal static class DatasetResolver
{
    public static IReadOnlyList<ExtractDataset> Resolve(ExtractRequest request)
    {
        var named = !string.IsNullOrWhiteSpace(request.Dataset);
        if (request.Pack && named)
        {
            throw new WarehouseException("Ask for either one dataset or a territory pack, not both.", isUserError: true);
        }
        if (request.Pack)
        {
            return request.Territories.Count == 0
                ? throw new WarehouseException("A territory pack needs a territory (FR, a région or a département code).", isUserError: true)
                : ExtractCatalog.All;
        }
        if (!named)
        {
            throw new WarehouseException(
                $"Name a dataset ({string.Join(", ", ExtractCatalog.All.Select(d => d.ShortName))}) or ask for a territory pack.", isUserError: true);
        }
        var dataset = ExtractCatalog.Find(request.Dataset!);
        if (dataset is null)
        {
            var nearest = Suggestions.Nearest(request.Dataset!, ExtractCatalog.All, d => [d.ShortName, d.Id]);
            throw new WarehouseException(
                $"Unknown dataset '{request.Dataset!.Trim()}'.{Suggestions.Sentence(nearest.Select(d => d.ShortName))} " +
                $"Datasets: {string.Join(", ", ExtractCatalog.All.Select(d => d.ShortName))} (or their data.ameli ids).", isUserError: true);
        }
        return [dataset];
    }
}
