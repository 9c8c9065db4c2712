using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>A block that never splits across pages (a tile, a chart, a map): measure, then draw in a box.</summary>
public abstract class FixedBlock : IBlock
{
    /// <summary>Height in points at <paramref name="width"/>.</summary>
    public abstract float Measure(float width);

    /// <summary>Draws the block in <paramref name="bounds"/> (its width and measured height).</summary>
    public abstract void Draw(DrawContext context, SKRect bounds);

    /// <inheritdoc />
    public IBlockLayout Layout(float width) => new SingleFragment(this, width, Measure(width));

    private sealed class SingleFragment(FixedBlock block, float width, float height) : IBlockLayout, IFragment
    {
        public bool HasMore { get; private set; } = true;

        public float Height => height;

        public IFragment? NextFragment(float availableHeight, bool pageTop)
        {
            if (!pageTop && height > availableHeight)
            {
                return null;
            }
            HasMore = false;
            return this;
        }

        public void Draw(DrawContext context, float x, float y) =>
            block.Draw(context, SKRect.Create(x, y, width, height));
    }
}
