using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>What every page carries: running header (title, territory), footer (source, "Page n / N"), and the
/// synthetic-data mark when the document is synthetic.</summary>
internal static class PageFurniture
{
    public static void Draw(DrawContext context)
    {
        var canvas = context.Canvas;
        var info = context.Report;
        var style = Typography.PageFurniture;
        var left = PageGeometry.SideMargin;
        var right = PageGeometry.Width - PageGeometry.SideMargin;
        var half = PageGeometry.ContentWidth * 0.36f;

        Shapes.Text(canvas, Shapes.Fit(info.RunningHeader ?? info.Title, style, half), left, PageGeometry.HeaderBaseline, style);
        Shapes.Text(canvas, Shapes.Fit(info.Territory, style, half), right, PageGeometry.HeaderBaseline, style, SKTextAlign.Right);
        Shapes.Line(canvas, left, PageGeometry.HeaderBaseline + 6, right, PageGeometry.HeaderBaseline + 6, Typography.Rule, 0.5f);

        var footerRule = PageGeometry.FooterBaseline - 10;
        Shapes.Line(canvas, left, footerRule, right, footerRule, Typography.Rule, 0.5f);
        Shapes.Text(canvas, info.SourceLine, left, PageGeometry.FooterBaseline, style);
        Shapes.Text(canvas, PageLabel(context.PageNumber, context.PageCount), right, PageGeometry.FooterBaseline, style, SKTextAlign.Right);

        if (info.Synthetic)
        {
            DrawSyntheticBadge(canvas);
            DrawSyntheticWatermark(canvas);
        }
    }

    /// <summary>"Page 2 / 5".</summary>
    public static string PageLabel(int page, int count) => $"Page {FrenchFormat.Whole(page)} / {FrenchFormat.Whole(count)}";

    /// <summary>A bordered label centred in the header band: real text, so it is searchable.</summary>
    private static void DrawSyntheticBadge(SKCanvas canvas)
    {
        var style = new TextStyle(7f, true, Typography.Warning);
        var width = style.Measure(ReportInfo.SyntheticMark);
        var centre = PageGeometry.Width / 2;
        var box = new SKRect(centre - width / 2 - 6, PageGeometry.HeaderBaseline - 8.5f, centre + width / 2 + 6, PageGeometry.HeaderBaseline + 3f);
        Shapes.Fill(canvas, box, SKColors.White);
        Shapes.Stroke(canvas, box, Typography.Warning, 0.8f, 2f);
        Shapes.Text(canvas, ReportInfo.SyntheticMark, centre, PageGeometry.HeaderBaseline, style, SKTextAlign.Center);
    }

    /// <summary>A faint diagonal mark across the page, drawn as outlines (not text: it must not pollute copied text).</summary>
    private static void DrawSyntheticWatermark(SKCanvas canvas)
    {
        using var font = new TextStyle(54f, true, Typography.Warning).CreateFont();
        using var path = font.GetTextPath(ReportInfo.SyntheticMark, new SKPoint(0, 0));
        var bounds = path.Bounds;
        using var paint = new SKPaint
        {
            Color = Typography.Warning.WithAlpha(18),
            IsAntialias = true,
            Style = SKPaintStyle.Fill,
        };
        canvas.Save();
        canvas.Translate(PageGeometry.Width / 2, PageGeometry.Height / 2);
        canvas.RotateDegrees(-52);
        canvas.Translate(-bounds.MidX, -bounds.MidY);
        canvas.DrawPath(path, paint);
        canvas.Restore();
    }
}
