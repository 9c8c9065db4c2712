using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Reports.Extracts.Selection;

namespace Warehouse.Reports.Catalogue;

/// <summary>Reads a profession by its exact label, short label or key.</summary>
public static class ProfessionParameter
{
    public static ProfessionMember Resolve(string value, ReferenceDimensions dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var text = value?.Trim() ?? "";
        var match = dimensions.Professions.FirstOrDefault(p => string.Equals(p.Label, text, StringComparison.OrdinalIgnoreCase))
            ?? dimensions.Professions.FirstOrDefault(p => string.Equals(p.ShortLabel, text, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(text, out var key) ? dimensions.Professions.FirstOrDefault(p => p.Key == key) : null);
        return match ?? throw new WarehouseException(
            $"Unknown profession \"{text}\"." + Suggestions.Sentence(Suggestions.Nearest(text, dimensions.Professions, p => [p.Label, p.ShortLabel]).Select(p => $"\"{p.Label}\"")),
            isUserError: true);
    }
}
