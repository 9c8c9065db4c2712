using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// The one place for the reports' look: font family, text styles, colours, spacing. Calm and institutional:
/// one accent colour, greys for context (région, France), a colour-blind-safe sequential palette for maps.
/// </summary>
public static class Typography
{
    /// <summary>The embedded font family (also registered with ScottPlot for chart text).</summary>
    public const string FontFamily = "DejaVu Sans";

    // Colours -------------------------------------------------------------------------------------------

    /// <summary>Body text.</summary>
    public static readonly SKColor Ink = new(0x1E, 0x1E, 0x1E);

    /// <summary>The accent: this territory, headings, the series the reader should follow.</summary>
    public static readonly SKColor Accent = new(0x1F, 0x5A, 0x96);

    /// <summary>Context, first level (the région): dark grey.</summary>
    public static readonly SKColor ContextDark = new(0x6E, 0x6E, 0x6E);

    /// <summary>Context, second level (France): light grey.</summary>
    public static readonly SKColor ContextLight = new(0xAD, 0xAD, 0xAD);

    /// <summary>Secondary text (captions, footnotes, header and footer).</summary>
    public static readonly SKColor Muted = new(0x5C, 0x5C, 0x5C);

    /// <summary>Rules and table lines.</summary>
    public static readonly SKColor Rule = new(0xCC, 0xCC, 0xCC);

    /// <summary>Zebra rows and tile backgrounds.</summary>
    public static readonly SKColor Tint = new(0xF3, 0xF5, 0xF8);

    /// <summary>The synthetic-data mark.</summary>
    public static readonly SKColor Warning = new(0xB0, 0x3A, 0x00);

    /// <summary>Map fill for a missing or secret value, under grey hatching.</summary>
    public static readonly SKColor MissingFill = new(0xEC, 0xEC, 0xEC);

    /// <summary>Hatching over <see cref="MissingFill"/>.</summary>
    public static readonly SKColor MissingHatch = new(0xA8, 0xA8, 0xA8);

    /// <summary>Chart grid lines, lighter than <see cref="Rule"/>.</summary>
    public static readonly SKColor GridLine = new(0xE4, 0xE4, 0xE4);

    // Data categories: never the context greys, the same colour for a member in every chart and briefing ----------

    /// <summary>Women (men are <see cref="Accent"/>).</summary>
    public static readonly SKColor Women = Hex(0xE67E22);

    /// <summary>Men.</summary>
    public static readonly SKColor Men = Accent;

    /// <summary>Secteur 1, and exclusive liberal practice.</summary>
    public static readonly SKColor SectorOne = Accent;

    /// <summary>Secteur 2 adhering to OPTAM.</summary>
    public static readonly SKColor SectorTwoOptam = Hex(0x3D85C6);

    /// <summary>Secteur 2 without OPTAM, and mixed practice.</summary>
    public static readonly SKColor SectorTwoWithoutOptam = Hex(0x6BAED6);

    /// <summary>Secteur 2 as a whole.</summary>
    public static readonly SKColor SectorTwo = Hex(0x9ECAE1);

    /// <summary>Non conventionnés: the one warm colour of the sectors, so the smallest slice stays visible.</summary>
    public static readonly SKColor NotConventioned = Hex(0xE67E22);

    /// <summary>Categories of no known kind, chosen by a stable hash of their label.</summary>
    public static readonly IReadOnlyList<SKColor> OtherCategories = [Accent, Hex(0x6BAED6), Hex(0xC6DBEF), Hex(0xE67E22), Hex(0x8E44AD)];

    /// <summary>
    /// Sequential map palettes by class count (ColorBrewer YlGnBu, colour-blind safe, prints in grey):
    /// index = class count, light to dark.
    /// </summary>
    public static IReadOnlyList<SKColor> MapPalette(int classes) => classes switch
    {
        <= 1 => [Hex(0x41B6C4)],
        2 => [Hex(0xA1DAB4), Hex(0x2C7FB8)],
        3 => [Hex(0xEDF8B1), Hex(0x7FCDBB), Hex(0x2C7FB8)],
        4 => [Hex(0xFFFFCC), Hex(0xA1DAB4), Hex(0x41B6C4), Hex(0x225EA8)],
        _ => [Hex(0xFFFFCC), Hex(0xA1DAB4), Hex(0x41B6C4), Hex(0x2C7FB8), Hex(0x253494)],
    };

    /// <summary>Up to five categories that stack (e.g. sectors): shades of the accent, dark to light, then grey.</summary>
    public static readonly IReadOnlyList<SKColor> CategoryPalette =
        [Hex(0x1F5A96), Hex(0x4F8CC4), Hex(0x93BCE0), Hex(0xCFE1F1), Hex(0xBDBDBD)];

    // Text styles -----------------------------------------------------------------------------------------

    /// <summary>Document title (page 1).</summary>
    public static readonly TextStyle Title = new(20, true, Ink, 1.2f);

    /// <summary>Line under the title: level, year, release.</summary>
    public static readonly TextStyle Subtitle = new(10.5f, false, Muted, 1.35f);

    /// <summary>Section heading (listed in the table of contents).</summary>
    public static readonly TextStyle Heading = new(13.5f, true, Accent, 1.25f);

    /// <summary>Heading inside a section, chart and map titles.</summary>
    public static readonly TextStyle Subheading = new(9.5f, true, Ink, 1.3f);

    /// <summary>Paragraphs.</summary>
    public static readonly TextStyle Body = new(9.5f, false, Ink, 1.42f);

    /// <summary>Source lines, legends, notes under a chart.</summary>
    public static readonly TextStyle Caption = new(7.5f, false, Muted, 1.3f);

    /// <summary>Footnotes.</summary>
    public static readonly TextStyle Footnote = new(7f, false, Muted, 1.3f);

    /// <summary>Running header and footer.</summary>
    public static readonly TextStyle PageFurniture = new(7f, false, Muted, 1.2f);

    /// <summary>Table header cells.</summary>
    public static readonly TextStyle TableHeader = new(7f, true, Ink, 1.25f);

    /// <summary>Table body cells.</summary>
    public static readonly TextStyle TableCell = new(7.5f, false, Ink, 1.25f);

    /// <summary>The big number of a KPI tile.</summary>
    public static readonly TextStyle KpiValue = new(18f, true, Ink, 1.1f);

    /// <summary>The label of a KPI tile.</summary>
    public static readonly TextStyle KpiLabel = new(7.5f, true, Ink, 1.25f);

    /// <summary>The comparison lines of a KPI tile.</summary>
    public static readonly TextStyle KpiComparison = new(7f, false, Muted, 1.3f);

    // Chart text (ScottPlot draws in points on the PDF canvas) ---------------------------------------------

    /// <summary>Axis titles in charts.</summary>
    public const float ChartAxisLabelSize = 7.5f;

    /// <summary>Tick labels and legends in charts.</summary>
    public const float ChartTickLabelSize = 7f;

    // Spacing ---------------------------------------------------------------------------------------------

    /// <summary>Vertical space between two blocks of the flow.</summary>
    public const float BlockSpacing = 10f;

    private static SKColor Hex(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
}
