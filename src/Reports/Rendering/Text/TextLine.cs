using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>One wrapped line: runs of one weight each, with their offset from the line start.</summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, float Width)
{
    public static readonly TextLine Empty = new([], 0);

    /// <summary>Draws the line with its baseline at <paramref name="baseline"/>, aligned in [x, x + boxWidth].</summary>
    public void Draw(SKCanvas canvas, TextStyle style, float x, float baseline, float boxWidth, TextAlignment align)
    {
        var left = align switch
        {
            TextAlignment.Right => x + boxWidth - Width,
            TextAlignment.Center => x + (boxWidth - Width) / 2,
            _ => x,
        };
        using var paint = style.CreatePaint();
        foreach (var run in Runs)
        {
            using var font = (style with { Bold = run.Bold }).CreateFont();
            canvas.DrawText(run.Text, left + run.Offset, baseline, SKTextAlign.Left, font, paint);
        }
    }
}

/// <summary>Text of one weight inside a line.</summary>
internal sealed record TextRun(string Text, bool Bold, float Offset);
