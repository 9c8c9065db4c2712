using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>
/// One colour per secteur conventionnel or type of practice, the same in every chart and briefing, keyed on the
/// member's short label (the reference). Blues and an orange: grey is kept for context (région, France).
/// </summary>
internal static class SectorColours
{
    private static readonly SKColor[] Fallback = [new(0x1F, 0x5A, 0x96), new(0x6B, 0xAE, 0xD6), new(0xC6, 0xDB, 0xEF), new(0xE6, 0x7E, 0x22), new(0x8E, 0x44, 0xAD)];

    public static SKColor Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var l = label.ToLowerInvariant();
        return l switch
        {
            _ when l.Contains("non conv", StringComparison.Ordinal) => new SKColor(0xE6, 0x7E, 0x22),
            _ when l.Contains("non optam", StringComparison.Ordinal) || l.Contains("sans optam", StringComparison.Ordinal) => new SKColor(0x6B, 0xAE, 0xD6),
            _ when l.Contains("optam", StringComparison.Ordinal) => new SKColor(0x3D, 0x85, 0xC6),
            _ when l.Contains("secteur 2", StringComparison.Ordinal) => new SKColor(0x9E, 0xCA, 0xE1),
            _ when l.Contains("secteur 1", StringComparison.Ordinal) => Typography.Accent,
            _ when l.Contains("exclusif", StringComparison.Ordinal) => Typography.Accent,
            _ when l.Contains("mixte", StringComparison.Ordinal) => new SKColor(0x6B, 0xAE, 0xD6),
            _ => Fallback[(int)((uint)StableHash(l) % Fallback.Length)],
        };
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
