using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>
/// One colour per secteur conventionnel or type of practice, the same in every chart and briefing, keyed on the
/// member's short label (the reference); the colours are the palette's (<see cref="Typography"/>).
/// </summary>
internal static class SectorColours
{
    public static SKColor Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var l = label.ToLowerInvariant();
        return l switch
        {
            _ when l.Contains("non conv", StringComparison.Ordinal) => Typography.NotConventioned,
            _ when l.Contains("non optam", StringComparison.Ordinal) || l.Contains("sans optam", StringComparison.Ordinal) => Typography.SectorTwoWithoutOptam,
            _ when l.Contains("optam", StringComparison.Ordinal) => Typography.SectorTwoOptam,
            _ when l.Contains("secteur 2", StringComparison.Ordinal) => Typography.SectorTwo,
            _ when l.Contains("secteur 1", StringComparison.Ordinal) => Typography.SectorOne,
            _ when l.Contains("exclusif", StringComparison.Ordinal) => Typography.SectorOne,
            _ when l.Contains("mixte", StringComparison.Ordinal) => Typography.SectorTwoWithoutOptam,
            _ => Typography.OtherCategories[(int)((uint)StableHash(l) % Typography.OtherCategories.Count)],
        };
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
