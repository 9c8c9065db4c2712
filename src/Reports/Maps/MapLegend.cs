using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Maps;

/// <summary>The map's legend: its title, one swatch per class with its bounds written out (highest first),
/// the missing-value entry, the highlighted territory.</summary>
internal sealed record MapLegend(string? Title, IReadOnlyList<(SKColor Color, string Label)> Classes, IReadOnlyList<MapGap> Gaps, string? Highlighted)
{
    private const float Swatch = 12f;
    private const float SwatchGap = 5f;
    private static readonly TextStyle TitleStyle = Typography.Caption.WithColor(Typography.Ink).AsBold();
    private static readonly TextStyle EntryStyle = Typography.Caption.WithColor(Typography.Ink);
    private static readonly float EntryHeight = Math.Max(EntryStyle.LineHeight, 10f) + 1.5f;

    public float Measure(float width)
    {
        var height = Title is null ? 0 : TextWrapper.Wrap(Title, TitleStyle, width).Count * TitleStyle.LineHeight + 3;
        height += Classes.Count * EntryHeight;
        height += Gaps.Sum(g => EntryLines(GapFill.Label(g), width) * EntryStyle.LineHeight + 3);
        height += Highlighted is null ? 0 : EntryLines(Highlighted, width) * EntryStyle.LineHeight + 3;
        return height;
    }

    public void Draw(SKCanvas canvas, float x, float y, float width)
    {
        if (Title is not null)
        {
            foreach (var line in TextWrapper.Wrap(Title, TitleStyle, width))
            {
                line.Draw(canvas, TitleStyle, x, y + TextMetrics.FirstBaseline(TitleStyle), width, TextAlignment.Left);
                y += TitleStyle.LineHeight;
            }
            y += 3;
        }
        for (var i = Classes.Count - 1; i >= 0; i--)
        {
            var swatch = SKRect.Create(x, y + (EntryHeight - 8) / 2, Swatch, 8);
            Shapes.Fill(canvas, swatch, Classes[i].Color);
            Shapes.Stroke(canvas, swatch, Typography.ContextLight, 0.3f);
            Shapes.Text(canvas, Classes[i].Label, x + Swatch + SwatchGap, y + (EntryHeight - EntryStyle.LineHeight) / 2 + TextMetrics.FirstBaseline(EntryStyle), EntryStyle);
            y += EntryHeight;
        }
        foreach (var gap in Gaps)
        {
            y += 3;
            var swatch = SKRect.Create(x, y + 1, Swatch, 8);
            using (var path = new SKPath())
            {
                path.AddRect(swatch);
                GapFill.Draw(canvas, path, gap);
            }
            if (gap != MapGap.Absent)
            {
                Shapes.Stroke(canvas, swatch, Typography.ContextLight, 0.3f);
            }
            y = DrawWrapped(canvas, GapFill.Label(gap), x, y, width);
        }
        if (Highlighted is not null)
        {
            y += 3;
            var swatch = SKRect.Create(x + 0.75f, y + 1.75f, Swatch - 1.5f, 6.5f);
            Shapes.Stroke(canvas, swatch, Typography.Ink, 1.5f);
            DrawWrapped(canvas, Highlighted, x, y, width);
        }
    }

    private static float DrawWrapped(SKCanvas canvas, string text, float x, float y, float width)
    {
        foreach (var line in TextWrapper.Wrap(text, EntryStyle, width - Swatch - SwatchGap))
        {
            line.Draw(canvas, EntryStyle, x + Swatch + SwatchGap, y + TextMetrics.FirstBaseline(EntryStyle), width, TextAlignment.Left);
            y += EntryStyle.LineHeight;
        }
        return y;
    }

    private static int EntryLines(string text, float width) => TextWrapper.Wrap(text, EntryStyle, width - Swatch - SwatchGap).Count;
}
