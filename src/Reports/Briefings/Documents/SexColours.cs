using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>Women and men are data, not context: the palette's two colours that are not the context greys, the same in every chart.</summary>
internal static class SexColours
{
    public static SKColor Women => Typography.Women;

    public static SKColor Men => Typography.Men;
}
