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
    public override float Measure(float width)
    {
        var (legendRight, legend) = (LegendOnRight(width), BuildLegend());
        var title = Title is null ? 0 : TextWrapper.Wrap(Title, Typography.Subheading, width).Count * Typography.Subheading.LineHeight + 2;
        var body = legendRight
            ? Math.Max(MapHeight, legend.Measure(LegendWidth))
            : MapHeight + 6 + legend.Measure(width);
        var caption = Caption is null ? 0 : TextWrapper.Wrap(Caption, Typography.Caption, width).Count * Typography.Caption.LineHeight + CaptionGap;
        return title + body + caption;
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var canvas = context.Canvas;
        var y = bounds.Top;
        if (Title is not null)
        {
            foreach (var line in TextWrapper.Wrap(Title, Typography.Subheading, bounds.Width))
            {
                line.Draw(canvas, Typography.Subheading, bounds.Left, y + TextMetrics.FirstBaseline(Typography.Subheading), bounds.Width, TextAlignment.Left);
                y += Typography.Subheading.LineHeight;
            }
            y += 2;
        }
        var legend = BuildLegend();
        var legendRight = LegendOnRight(bounds.Width);
        var mapArea = legendRight
            ? new SKRect(bounds.Left, y, bounds.Right - LegendWidth - LegendGap, y + MapHeight)
            : new SKRect(bounds.Left, y, bounds.Right, y + MapHeight);
        DrawnFeatureCount = DrawPanels(canvas, mapArea);
        if (legendRight)
        {
            legend.Draw(canvas, bounds.Right - LegendWidth, y + 4, LegendWidth);
            y += Math.Max(MapHeight, legend.Measure(LegendWidth));
        }
        else
        {
            legend.Draw(canvas, bounds.Left, y + MapHeight + 6, bounds.Width);
            y += MapHeight + 6 + legend.Measure(bounds.Width);
        }
        if (Caption is not null)
        {
            foreach (var line in TextWrapper.Wrap(Caption, Typography.Caption, bounds.Width))
            {
                line.Draw(canvas, Typography.Caption, bounds.Left, y + CaptionGap + TextMetrics.FirstBaseline(Typography.Caption), bounds.Width, TextAlignment.Left);
                y += Typography.Caption.LineHeight;
            }
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
