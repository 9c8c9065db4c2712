using System.Reflection;
using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// The typefaces shipped with the project (DejaVu Sans subset, embedded resources): reports never ask the
/// machine for fonts, so a PDF looks the same everywhere. One instance per weight for the process lifetime,
/// so a PDF embeds each font once, charts included.
/// </summary>
internal static class FontLibrary
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    public static SKTypeface Typeface(bool bold) => bold ? Bold : Regular;

    private static SKTypeface Load(string file)
    {
        var name = "Warehouse.Reports.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from Warehouse.Reports.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font {name} could not be read by Skia.");
    }
}
