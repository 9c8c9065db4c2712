using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Reports.Extracts.Selection;

namespace Warehouse.Reports.Catalogue;

/// <summary>
/// Reads a territory as users write it: "FR" (France), "R84" (a région: the R keeps région codes apart from département
/// codes, 84 is also Vaucluse), a département code ("2A", "971"), or an exact label ("Corse-du-Sud", "Bretagne").
/// </summary>
public static class TerritoryParameter
{
    public static TerritoryMember Resolve(string value, ReferenceDimensions dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var text = value?.Trim() ?? "";
        var territories = dimensions.Territories;
        var match = text.ToUpperInvariant() switch
        {
            "FR" or "FRANCE" or "99" => territories.First(t => t.IsCountry),
            var r when r.Length > 1 && r[0] == 'R' && territories.FirstOrDefault(t => t.IsRegion && t.RegionCode == r[1..]) is { } region => region,
            var d => territories.FirstOrDefault(t => t.IsDepartement && t.DepartementCode == d)
                ?? territories.FirstOrDefault(t => !t.IsCountry && string.Equals(t.Label, text, StringComparison.OrdinalIgnoreCase)),
        };
        return match ?? throw new WarehouseException(
            $"Unknown territory \"{text}\": use FR, R<région code> (e.g. R84) or a département code (e.g. 2A)." +
            Suggestions.Sentence(Suggestions.Nearest(text, territories.Where(t => !t.IsCountry), t => [Code(t), t.Label]).Select(t => $"{Code(t)} ({t.Label})")),
            isUserError: true);
    }

    /// <summary>The code a user types for a territory: FR, R84 or 2A.</summary>
    public static string Code(TerritoryMember territory)
    {
        ArgumentNullException.ThrowIfNull(territory);
        return territory.IsCountry ? "FR" : territory.IsRegion ? "R" + territory.RegionCode : territory.DepartementCode;
    }
}
