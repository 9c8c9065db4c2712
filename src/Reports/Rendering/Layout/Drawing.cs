using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>A box of fixed or width-dependent height drawn by a function: a plot, a legend, a rule, inside a <see cref="Column"/>.</summary>
public sealed class Drawing(Func<float, float> height, Action<SKCanvas, SKRect> draw) : FixedBlock
{
    public Drawing(float height, Action<SKCanvas, SKRect> draw)
        : this(_ => height, draw)
    {
    }

    /// <inheritdoc />
    public override float Measure(float width) => height(width);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(context);
        draw(context.Canvas, bounds);
    }
}
