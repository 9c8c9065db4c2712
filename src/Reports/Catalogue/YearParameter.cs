using Warehouse.Core;

namespace Warehouse.Reports.Catalogue;

/// <summary>A report year: one of the loaded years; by default the latest.</summary>
public static class YearParameter
{
    public static int Resolve(int? requested, IReadOnlyList<int> loadedYears)
    {
        ArgumentNullException.ThrowIfNull(loadedYears);
        if (loadedYears.Count == 0)
        {
            throw new WarehouseException("The warehouse holds no data yet: run `warehouse load` first.", isUserError: true);
        }
        if (requested is null)
        {
            return loadedYears[^1];
        }
        if (loadedYears.Contains(requested.Value))
        {
            return requested.Value;
        }
        throw new WarehouseException(
            $"No data for year {requested}: the warehouse holds {loadedYears[0]}–{loadedYears[^1]}.", isUserError: true);
    }
}
