using System.Globalization;
using System.Text;
using SkiaSharp;
using Warehouse.Reports.Rendering;
using static Warehouse.Reports.Rendering.SvgText;

namespace Warehouse.Reports.Maps;

/// <summary>
/// The choropleth as SVG for the browser, from the same model as the PDF map: the panels of <see cref="MapScope"/> placed by
/// <see cref="MapLayout"/>, the geometry of <see cref="PanelGeometry"/>, the shading of <see cref="Choropleth"/> and the gap
/// fills of <see cref="GapFill"/>. One &lt;path class="territory"&gt; per shape of the main panel and of each DROM inset
/// (a région is the union of its départements), with its &lt;title&gt; and link; the Paris zoom repeats shapes as "zoom".
/// </summary>
public static class SvgMapPainter
{
    public const float Width = 640f;
    public const float Height = 470f;
    private const float MapWidth = 450f;
    private const float LegendX = 470f;
    private const string HatchId = "hachures-secret";

    public static string Render(MapScope scope, Choropleth shading, SvgMapOptions options)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(shading);
        ArgumentNullException.ThrowIfNull(options);
        var atlas = GeoAtlas.Departements;
        var svg = new StringBuilder(200_000);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" class=\"carte\" role=\"group\" aria-labelledby=\"carte-titre\" font-family=\"{FontFamily}\">");
        svg.Append("<title id=\"carte-titre\">").Append(Escape(options.Title)).Append("</title>");
        svg.Append("<style>.territory{stroke-linejoin:round}a:hover .territory,a:focus .territory{stroke:#1e1e1e;stroke-width:1.6}.border{fill:none;pointer-events:none;stroke-linejoin:round}</style>");
        svg.Append("<defs><pattern id=\"").Append(HatchId).Append("\" patternUnits=\"userSpaceOnUse\" width=\"3\" height=\"3\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"3\" height=\"3\" fill=\"").Append(Hex(Typography.MissingFill)).Append("\"/>")
            .Append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"3\" stroke=\"").Append(Hex(Typography.MissingHatch)).Append("\" stroke-width=\"0.8\"/></pattern></defs>");

        var panels = scope.Panels().Where(p => options.WithParisZoom || p.Kind != MapPanelKind.Zoom).ToList();
        var boxes = MapLayout.Place(panels, new SKRect(0, 4, MapWidth, Height - 16));
        for (var i = 0; i < panels.Count; i++)
        {
            var box = boxes[i];
            var panel = panels[i];
            svg.Append("<g class=\"panel ").Append(panel.Kind.ToString().ToLowerInvariant()).Append('"');
            if (panel.Label is not null)
            {
                svg.Append(" data-panel=\"").Append(Escape(panel.Label)).Append("\">");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(box.Left)}\" y=\"{N(box.Top - 2.5f)}\" font-size=\"7.5\" fill=\"{Hex(Typography.Ink)}\">{Escape(panel.Label)}</text>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(box.Left)}\" y=\"{N(box.Top)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" fill=\"none\" stroke=\"{Hex(Typography.Rule)}\" stroke-width=\"0.5\"/>");
                box.Inflate(-3, -3);
            }
            else
            {
                svg.Append('>');
            }
            WritePanel(svg, new PanelGeometry(atlas, panel, box), shading, options);
            svg.Append("</g>");
        }
        WriteLegend(svg, shading, options);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{N(Height - 3)}\" font-size=\"8\" fill=\"{Hex(Typography.Muted)}\">{Escape(options.Caption)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void WritePanel(StringBuilder svg, PanelGeometry geometry, Choropleth shading, SvgMapOptions options)
    {
        var zoom = geometry.Panel.Kind == MapPanelKind.Zoom;
        foreach (var shape in geometry.Panel.Features.GroupBy(f => options.ShapeOf(f.Code)))
        {
            var d = new StringBuilder();
            foreach (var ring in shape.SelectMany(geometry.Rings))
            {
                AppendPolyline(d, ring, close: true);
            }
            if (d.Length == 0)
            {
                continue;
            }
            var link = options.LinkOf(shape.Key);
            var title = options.TitleOf(shape.Key);
            if (link is not null)
            {
                // The link is named by the tooltip: a keyboard or screen-reader user hears the value and rank the mouse shows.
                svg.Append("<a href=\"").Append(Escape(link)).Append("\" aria-label=\"").Append(Escape(title)).Append('"').Append(zoom ? " tabindex=\"-1\" aria-hidden=\"true\"" : "").Append('>');
            }
            svg.Append("<path class=\"").Append(zoom ? "zoom-shape" : "territory").Append("\" data-code=\"").Append(Escape(shape.Key)).Append("\" ");
            AppendFill(svg, shading, shape.Key);
            svg.Append(" fill-rule=\"evenodd\" d=\"").Append(d).Append("\"><title>").Append(Escape(title)).Append("</title></path>");
            if (link is not null)
            {
                svg.Append("</a>");
            }
        }
        WriteBorders(svg, geometry, options);
        if (options.Highlight is { } highlighted)
        {
            var outline = new StringBuilder();
            foreach (var arc in geometry.Boundary(f => options.ShapeOf(f.Code) == highlighted))
            {
                AppendPolyline(outline, arc, close: false);
            }
            if (outline.Length > 0)
            {
                svg.Append("<path class=\"border\" stroke=\"#fff\" stroke-width=\"3\" d=\"").Append(outline).Append("\"/>");
                svg.Append("<path class=\"border highlight\" stroke=\"").Append(Hex(Typography.Ink)).Append("\" stroke-width=\"1.5\" d=\"").Append(outline).Append("\"/>");
            }
        }
    }

    private static void AppendFill(StringBuilder svg, Choropleth shading, string key)
    {
        if (shading.FillOf(key) is { } color)
        {
            // A stroke of the fill hides the hairlines between the départements of one région.
            svg.Append("fill=\"").Append(Hex(color)).Append("\" stroke=\"").Append(Hex(color)).Append("\" stroke-width=\"0.4\"");
            return;
        }
        var gap = shading.GapOf(key);
        svg.Append(gap switch
        {
            MapGap.Secret => $"fill=\"url(#{HatchId})\" data-gap=\"secret\"",
            MapGap.NotApplicable => $"fill=\"{Hex(GapFill.NotApplicableFill)}\" data-gap=\"nc\"",
            _ => $"fill=\"#fff\" stroke=\"{Hex(Typography.ContextDark)}\" stroke-width=\"0.5\" stroke-dasharray=\"1.5 1.5\" data-gap=\"absent\"",
        });
    }

    private static void WriteBorders(StringBuilder svg, PanelGeometry geometry, SvgMapOptions options)
    {
        var paths = new Dictionary<MapBorderKind, StringBuilder> { [MapBorderKind.Inner] = new(), [MapBorderKind.Region] = new(), [MapBorderKind.Outline] = new() };
        foreach (var (index, owners) in geometry.ArcsWithOwners())
        {
            if (owners.Count == 2 && options.ShapeOf(owners[0].Code) == options.ShapeOf(owners[1].Code) && owners[0].Code != owners[1].Code)
            {
                continue; // inside one shape (two départements of one région)
            }
            AppendPolyline(paths[MapBorders.KindOf(owners, regionBorders: true)], geometry.Arc(index), close: false);
        }
        svg.Append("<path class=\"border\" stroke=\"#fff\" stroke-width=\"0.5\" d=\"").Append(paths[MapBorderKind.Inner]).Append("\"/>");
        svg.Append("<path class=\"border\" stroke=\"").Append(Hex(Typography.ContextLight)).Append("\" stroke-width=\"0.5\" d=\"").Append(paths[MapBorderKind.Outline]).Append("\"/>");
        svg.Append("<path class=\"border\" stroke=\"").Append(Hex(Typography.Muted)).Append("\" stroke-width=\"0.7\" d=\"").Append(paths[MapBorderKind.Region]).Append("\"/>");
    }

    private static void WriteLegend(StringBuilder svg, Choropleth shading, SvgMapOptions options)
    {
        var y = 14f;
        svg.Append("<g class=\"legende\">");
        foreach (var line in Wrap(options.LegendTitle ?? "", 25))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(LegendX)}\" y=\"{N(y)}\" font-size=\"10\" font-weight=\"bold\" fill=\"{Hex(Typography.Ink)}\">{Escape(line)}</text>");
            y += 13;
        }
        y += 4;
        var entries = shading.ClassEntries(options.Decimals);
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"classe\" x=\"{N(LegendX)}\" y=\"{N(y - 9)}\" width=\"16\" height=\"11\" fill=\"{Hex(entries[i].Color)}\" stroke=\"{Hex(Typography.ContextLight)}\" stroke-width=\"0.5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(LegendX + 22)}\" y=\"{N(y)}\" font-size=\"10\" fill=\"{Hex(Typography.Ink)}\">{Escape(entries[i].Label)}</text>");
            y += 16;
        }
        foreach (var gap in shading.GapsShown())
        {
            y += 4;
            var fill = gap switch
            {
                MapGap.Secret => $"url(#{HatchId})",
                MapGap.NotApplicable => Hex(GapFill.NotApplicableFill),
                _ => "#fff",
            };
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(LegendX)}\" y=\"{N(y - 9)}\" width=\"16\" height=\"11\" fill=\"{fill}\" stroke=\"{Hex(Typography.ContextDark)}\" stroke-width=\"0.5\"{(gap == MapGap.Absent ? " stroke-dasharray=\"1.5 1.5\"" : "")}/>");
            foreach (var line in Wrap(GapFill.Label(gap), 26))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(LegendX + 22)}\" y=\"{N(y)}\" font-size=\"10\" fill=\"{Hex(Typography.Ink)}\">{Escape(line)}</text>");
                y += 13;
            }
        }
        svg.Append("</g>");
    }

    /// <summary>A polyline in relative coordinates on a grid of 0.1 unit (deltas of rounded points: no drift), about half the size of absolute ones.</summary>
    private static void AppendPolyline(StringBuilder d, SKPoint[] points, bool close)
    {
        if (points.Length < 2)
        {
            return;
        }
        var (x, y) = (Tenths(points[0].X), Tenths(points[0].Y));
        d.Append('M').Append(T(x)).Append(',').Append(T(y)).Append('l');
        for (var i = 1; i < points.Length; i++)
        {
            var (nx, ny) = (Tenths(points[i].X), Tenths(points[i].Y));
            var dx = T(nx - x);
            if (i > 1 && dx[0] != '-')
            {
                d.Append(' ');
            }
            d.Append(dx);
            var dy = T(ny - y);
            if (dy[0] != '-')
            {
                d.Append(',');
            }
            d.Append(dy);
            (x, y) = (nx, ny);
        }
        if (close)
        {
            d.Append('z');
        }
    }

    private static int Tenths(float value) => (int)MathF.Round(value * 10);

    private static string T(int tenths) => (tenths / 10.0).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Greedy word wrap at <paramref name="width"/> characters (the legend's column).</summary>
    internal static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    internal static string N(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
