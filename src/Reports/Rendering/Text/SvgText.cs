using System.Globalization;
using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>The small pieces every SVG drawing writes (the explorer's charts and the map): coordinates, colours, escaped text, the font.</summary>
internal static class SvgText
{
    public const string FontFamily = "DejaVu Sans, Verdana, sans-serif";

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Hex(SKColor c) => $"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}";

    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>
    /// Eight line colours told apart by colour-blind readers (Okabe–Ito), the reports' accent first; each series also
    /// has its own marker shape, so colour is never the only cue.
    /// </summary>
    public static readonly IReadOnlyList<SKColor> Series =
    [
        Typography.Accent, new(0xE6, 0x9F, 0x00), new(0x00, 0x9E, 0x73), new(0xD5, 0x5E, 0x00),
        new(0xCC, 0x79, 0xA7), new(0x56, 0xB4, 0xE9), new(0x1E, 0x1E, 0x1E), new(0xB8, 0x9B, 0x00),
    ];
}
