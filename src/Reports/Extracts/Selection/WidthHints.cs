using Warehouse.Core.Dimensions;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>
/// The longest label each dimension column can show for a selection, so that a column sized from the first rows still
/// fits the long labels further down (e.g. "Médecins généralistes (hors médecins à expertise particulière - MEP)").
/// </summary>
internal static class WidthHints
{
    public static IReadOnlyDictionary<string, int> For(ExtractSelection selection, ReferenceDimensions reference)
    {
        var professions = selection.Professions.Count > 0 ? selection.Professions : reference.Professions;
        var territories = selection.Territories.Count > 0 ? selection.Territories : reference.Territories;
        var byKey = reference.Professions.ToDictionary(p => p.Key);
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["profession"] = Longest(professions.Select(p => p.Label)),
            ["profession_group"] = Longest(professions.Where(p => p.GroupKey is not null).Select(p => byKey[p.GroupKey!.Value].Label)),
            ["profession_family"] = Longest(professions.Select(p => byKey[p.FamilyKey].Label)),
            ["territory"] = Longest(territories.Select(t => t.Label)),
            ["region"] = Longest(territories.Select(t => t.RegionLabel)),
        };
    }

    private static int Longest(IEnumerable<string> labels) => labels.Select(l => l.Length).DefaultIfEmpty(0).Max();
}
