using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>Women and men are data, not context: two colours that are not the context greys, the same in every chart.</summary>
internal static class SexColours
{
    public static SKColor Women { get; } = new(0xE6, 0x7E, 0x22);

    public static SKColor Men { get; } = Typography.Accent;
}
