using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Maps;

/// <summary>
/// A choropleth of départements: values by département code shaded in quantile classes (bounds written out in
/// the legend, fr-FR numbers), secret, not applicable and absent values each with their own fill and legend entry, one territory outlined,
/// optional labels. Scope: all of France with DROM insets, or the départements of one région.
/// </summary>
public sealed class MapBlock : FixedBlock, ISourceCaption
{
    private const float LegendWidth = 128f;
    private const float LegendGap = 12f;
    private const float CaptionGap = 5f;
    private readonly IReadOnlyDictionary<string, double?> values;

    /// <param name="scope">Which départements to draw.</param>
    /// <param name="values">Value by département code; absent or null = missing or secret.</param>
    /// <param name="mapHeight">Height of the map area in points.</param>
    public MapBlock(MapScope scope, IReadOnlyDictionary<string, double?> values, float mapHeight = 300f)
    {
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        this.values = values ?? throw new ArgumentNullException(nameof(values));
        MapHeight = mapHeight;
    }

    /// <summary>Which départements are drawn.</summary>
    public MapScope Scope { get; }

    /// <summary>Height of the map area.</summary>
    public float MapHeight { get; }

    /// <summary>Title above the map (what to see).</summary>
    public string? Title { get; init; }

    /// <summary>Title of the legend (the measure and its unit).</summary>
    public string? LegendTitle { get; init; }

    /// <summary>Département code to outline.</summary>
    public string? Highlight { get; init; }

    /// <summary>Région code whose outline to draw (on a France map).</summary>
    public string? HighlightRegion { get; init; }

    /// <summary>Legend text for the outlined territory (default: its name).</summary>
    public string? HighlightLabel { get; init; }

    /// <summary>Why a département has no value (secret, not applicable); a département missing here is absent.</summary>
    public IReadOnlyDictionary<string, MapGap> Gaps { get; init; } = new Dictionary<string, MapGap>();

    /// <summary>Labels on the départements.</summary>
    public MapLabels Labels { get; init; }

    /// <summary>Decimals of the legend bounds (densities: 1).</summary>
    public int Decimals { get; init; } = 1;

    /// <summary>Classes to use (e.g. France's classes on a région map); default: quantiles of the values in scope.</summary>
    public QuantileClasses? Classes { get; init; }

    /// <summary>Line under the map.</summary>
    public string? Caption { get; set; } = DefaultCaption(ReportInfo.CnamSource);

    private static string DefaultCaption(string source) => source + " · " + GeoAttribution.Caption;

    void ISourceCaption.UseSource(string source) => Caption = Caption == DefaultCaption(ReportInfo.CnamSource) ? DefaultCaption(source) : Caption;

    /// <summary>Départements whose path was drawn in the main panel and the DROM insets by the last <see cref="Draw"/> (the Paris zoom is not counted).</summary>
    public int DrawnFeatureCount { get; private set; }

    /// <summary>The classes the map is shaded with.</summary>
    public QuantileClasses EffectiveClasses => Shading().Classes;

    /// <summary>The shading of the map's départements, shared with the browser's SVG map.</summary>
    public Choropleth Shading() => new(Scope.Codes, values, Gaps, Classes);

    /// <inheritdoc />
    public override float Measure(float width) => Compose().Measure(width);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds) => Compose().Draw(context, bounds);

    /// <summary>The title, the map with its legend (on the right when there is room, else below), the source line.</summary>
    private Column Compose()
    {
        var legend = BuildLegend();
        return new Column(0,
        [
            Title is null ? null : new Paragraph(Title, Typography.Subheading),
            Title is null ? null : new Spacer(2),
            new Drawing(width => BodyHeight(legend, width), (canvas, box) => DrawBody(canvas, box, legend)),
            Caption is null ? null : new Spacer(CaptionGap),
            Caption is { } caption ? new Paragraph(caption, Typography.Caption) : null,
        ]);
    }

    private float BodyHeight(MapLegend legend, float width) => LegendOnRight(width)
        ? Math.Max(MapHeight, legend.Measure(LegendWidth))
        : MapHeight + 6 + legend.Measure(width);

    private void DrawBody(SKCanvas canvas, SKRect box, MapLegend legend)
    {
        if (LegendOnRight(box.Width))
        {
            DrawnFeatureCount = DrawPanels(canvas, new SKRect(box.Left, box.Top, box.Right - LegendWidth - LegendGap, box.Top + MapHeight));
            legend.Draw(canvas, box.Right - LegendWidth, box.Top + 4, LegendWidth);
        }
        else
        {
            DrawnFeatureCount = DrawPanels(canvas, new SKRect(box.Left, box.Top, box.Right, box.Top + MapHeight));
            legend.Draw(canvas, box.Left, box.Top + MapHeight + 6, box.Width);
        }
    }

    private int DrawPanels(SKCanvas canvas, SKRect area)
    {
        var shading = Shading();
        var painter = new MapPainter(GeoAtlas.Departements, new MapStyle(shading.FillOf, Highlight, HighlightRegion, Labels, Scope.HasInsets) { GapOf = shading.GapOf });
        var panels = Scope.Panels();
        var rects = MapLayout.Place(panels, area);
        var drawn = 0;
        for (var i = 0; i < panels.Count; i++)
        {
            var panel = panels[i];
            var box = rects[i];
            if (panel.Label is not null)
            {
                var style = Typography.Caption.WithColor(Typography.Ink).WithSize(6.3f);
                Shapes.Text(canvas, Shapes.Fit(panel.Label, style, box.Width + 9), box.Left, box.Top - 2.5f, style);
                Shapes.Stroke(canvas, box, Typography.Rule, 0.4f);
                box.Inflate(-3, -3);
            }
            var count = painter.Draw(canvas, panel, box);
            drawn += panel.Kind == MapPanelKind.Zoom ? 0 : count;
        }
        return drawn;
    }

    private MapLegend BuildLegend()
    {
        var shading = Shading();
        return new MapLegend(LegendTitle, shading.ClassEntries(Decimals), shading.GapsShown(), HighlightLabel ?? HighlightName());
    }

    private string? HighlightName()
    {
        var atlas = GeoAtlas.Departements;
        if (Highlight is not null)
        {
            return atlas.Find(Highlight)?.Name;
        }
        return HighlightRegion is null ? null : atlas.Regions.GetValueOrDefault(HighlightRegion);
    }

    private static bool LegendOnRight(float width) => width >= 380f;
}
