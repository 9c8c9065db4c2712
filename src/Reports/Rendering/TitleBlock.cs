using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>The title block of page 1: the title, then lines such as the level and year, the release, the source.</summary>
public sealed class TitleBlock(string title, IReadOnlyList<string> lines) : FixedBlock
{
    private const float AccentBar = 3f;
    private const float Gap = 6f;

    /// <summary>An optional line in the warning colour (e.g. the synthetic-data notice).</summary>
    public string? Notice { get; init; }

    /// <inheritdoc />
    public override float Measure(float width)
    {
        var titleLines = TextWrapper.Wrap(title, Typography.Title, width).Count;
        var subLines = lines.Sum(l => TextWrapper.Wrap(l, Typography.Subtitle, width).Count) + (Notice is null ? 0 : 1);
        return AccentBar + Gap + titleLines * Typography.Title.LineHeight + 4 + subLines * Typography.Subtitle.LineHeight + 2;
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var canvas = context.Canvas;
        Shapes.Fill(canvas, new SKRect(bounds.Left, bounds.Top, bounds.Left + 60, bounds.Top + AccentBar), Typography.Accent);
        var y = bounds.Top + AccentBar + Gap;
        y = DrawLines(canvas, TextWrapper.Wrap(title, Typography.Title, bounds.Width), Typography.Title, bounds, y) + 4;
        foreach (var line in lines)
        {
            y = DrawLines(canvas, TextWrapper.Wrap(line, Typography.Subtitle, bounds.Width), Typography.Subtitle, bounds, y);
        }
        if (Notice is not null)
        {
            var style = Typography.Subtitle.WithColor(Typography.Warning).AsBold();
            DrawLines(canvas, TextWrapper.Wrap(Notice, style, bounds.Width).Take(1).ToArray(), style, bounds, y);
        }
    }

    private static float DrawLines(SKCanvas canvas, IReadOnlyList<TextLine> wrapped, TextStyle style, SKRect bounds, float y)
    {
        foreach (var line in wrapped)
        {
            line.Draw(canvas, style, bounds.Left, y + TextMetrics.FirstBaseline(style), bounds.Width, TextAlignment.Left);
            y += style.LineHeight;
        }
        return y;
    }
}
