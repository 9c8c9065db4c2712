using Warehouse.Core.Dimensions;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>
/// A request checked against the warehouse: datasets from the catalogue, years that have data, dimension members.
/// Empty <see cref="Territories"/> or <see cref="Professions"/> mean "all".
/// </summary>
internal sealed record ExtractSelection(
    ExtractRequest Request,
    IReadOnlyList<ExtractDataset> Datasets,
    IReadOnlyList<int> Years,
    IReadOnlyList<TerritoryMember> RequestedTerritories,
    IReadOnlyList<TerritoryMember> Territories,
    IReadOnlyList<ProfessionMember> RequestedProfessions,
    IReadOnlyList<ProfessionMember> Professions);
