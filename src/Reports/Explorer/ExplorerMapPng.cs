using SkiaSharp;
using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Explorer;

/// <summary>
/// The explorer's map as a PNG, painted by the PDF's own map (<see cref="MapBlock"/> and the Skia painter) with the same
/// classes as the SVG: a map of régions shades each département with its région's value, classes computed on the régions.
/// </summary>
public static class ExplorerMapPng
{
    private const float Width = 560f;
    private const float Scale = 2f;

    public static byte[] Render(TerritoryRanking ranking, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var regions = ranking.Level == ExplorerLevels.Regions;
        var byShape = ranking.Territories.ToDictionary(t => t.ShapeCode, StringComparer.Ordinal);
        var departements = GeoAtlas.Departements.Features.ToDictionary(f => f.Code, f => regions ? f.RegionCode : f.Code, StringComparer.Ordinal);
        var values = departements.ToDictionary(p => p.Key, p => byShape.TryGetValue(p.Value, out var t) ? t.Value.Value : null, StringComparer.Ordinal);
        var gaps = departements.Where(p => byShape.TryGetValue(p.Value, out var t) && (t.Value.IsSecret || t.Value.IsNotApplicable))
            .ToDictionary(p => p.Key, p => byShape[p.Value].Value.IsSecret ? MapGap.Secret : MapGap.NotApplicable, StringComparer.Ordinal);
        var block = new MapBlock(MapScope.France, values, 380f)
        {
            Title = ranking.Title,
            LegendTitle = $"{ranking.Indicator.Label} ({ranking.Unit})",
            Decimals = ranking.Indicator.Decimals,
            Gaps = gaps,
            Classes = QuantileClasses.Compute(ranking.Territories.Select(t => t.Value.Value).OfType<double>()),
            Caption = (synthetic ? ReportInfo.SyntheticSource : ReportInfo.CnamSource) + " · " + GeoAttribution.Caption,
        };
        var height = block.Measure(Width - 20) + 20;
        using var surface = SKSurface.Create(new SKImageInfo((int)(Width * Scale), (int)Math.Ceiling(height * Scale)));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        block.Draw(new DrawContext(canvas, new ReportInfo(ranking.Title, "France"), 1, 1, []), new SKRect(10, 10, Width - 10, height - 10));
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
