using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Empty vertical space.</summary>
public sealed class Spacer(float height) : FixedBlock
{
    /// <inheritdoc />
    public override float Measure(float width) => height;

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
    }
}
