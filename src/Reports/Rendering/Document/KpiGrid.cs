using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Tiles in rows of <see cref="Columns"/>; the tiles of a row share the tallest tile's height.</summary>
public sealed class KpiGrid(IReadOnlyList<KpiTile> tiles, int columns = 3) : FixedBlock
{
    private const float Gap = 8f;

    /// <summary>Tiles per row.</summary>
    public int Columns { get; } = columns > 0 ? columns : throw new ArgumentOutOfRangeException(nameof(columns));

    /// <summary>The tiles.</summary>
    public IReadOnlyList<KpiTile> Tiles { get; } = tiles ?? throw new ArgumentNullException(nameof(tiles));

    /// <inheritdoc />
    public override float Measure(float width) => RowHeights(width).Sum() + Gap * Math.Max(0, RowCount - 1);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        var tileWidth = TileWidth(bounds.Width);
        var y = bounds.Top;
        var heights = RowHeights(bounds.Width);
        for (var row = 0; row < RowCount; row++)
        {
            for (var column = 0; column < Columns && row * Columns + column < Tiles.Count; column++)
            {
                var x = bounds.Left + column * (tileWidth + Gap);
                Tiles[row * Columns + column].Draw(context, SKRect.Create(x, y, tileWidth, heights[row]));
            }
            y += heights[row] + Gap;
        }
    }

    private int RowCount => (Tiles.Count + Columns - 1) / Columns;

    private float TileWidth(float width) => (width - Gap * (Columns - 1)) / Columns;

    private float[] RowHeights(float width)
    {
        var tileWidth = TileWidth(width);
        return Enumerable.Range(0, RowCount)
            .Select(row => Tiles.Skip(row * Columns).Take(Columns).Max(t => t.Measure(tileWidth)))
            .ToArray();
    }
}
