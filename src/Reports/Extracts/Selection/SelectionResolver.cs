using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>Checks a request against the warehouse's dimensions and loaded years; every failure names the bad value.</summary>
internal static class SelectionResolver
{
    public static ExtractSelection Resolve(
        ExtractRequest request, IReadOnlyList<ExtractDataset> datasets, ReferenceDimensions reference, IReadOnlyList<int> availableYears)
    {
        var names = string.Join(", ", datasets.Select(d => d.ShortName));
        var years = YearResolver.Resolve(request.Years, availableYears, names);

        var territories = new TerritoryResolver(reference.Territories);
        var requestedTerritories = territories.Resolve(request.Territories, request.WithDepartements);
        if (!request.Pack && datasets.All(d => d.IsNational) && requestedTerritories.Any(t => !t.IsCountry))
        {
            throw new WarehouseException(
                $"The dataset {names} is published for France only: ask for territory FR or for no territory.", isUserError: true);
        }

        var professions = new ProfessionResolver(reference.Professions, reference.Aliases);
        var requestedProfessions = professions.Resolve(request.Professions);

        return new ExtractSelection(
            request,
            datasets,
            years,
            requestedTerritories,
            territories.Expand(requestedTerritories, request.WithDepartements),
            requestedProfessions,
            professions.Expand(requestedProfessions, request.WithSubProfessions));
    }
}
