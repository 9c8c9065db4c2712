namespace Warehouse.Reports.Rendering;

/// <summary>
/// Blocks side by side (e.g. a map and the ten highest départements beside it). Each cell gets a share of the
/// width; the row never splits across pages, so keep its cells short.
/// </summary>
public sealed class Row(IReadOnlyList<RowCell> cells) : IBlock
{
    private const float Gap = 14f;

    /// <summary>The cells.</summary>
    public IReadOnlyList<RowCell> Cells { get; } = cells is { Count: > 0 } ? cells : throw new ArgumentException("A row needs cells.", nameof(cells));

    /// <inheritdoc />
    public IBlockLayout Layout(float width)
    {
        var total = Cells.Sum(c => c.Weight);
        var available = width - Gap * (Cells.Count - 1);
        var placed = new List<(float X, IReadOnlyList<IFragment> Fragments)>();
        var x = 0f;
        foreach (var cell in Cells)
        {
            var cellWidth = available * cell.Weight / total;
            var layout = cell.Block.Layout(cellWidth);
            var fragments = new List<IFragment>();
            while (layout.HasMore)
            {
                fragments.Add(layout.NextFragment(float.PositiveInfinity, fragments.Count == 0)
                    ?? throw new InvalidOperationException($"{cell.Block.GetType().Name} returned no fragment with unlimited height."));
            }
            placed.Add((x, fragments));
            x += cellWidth + Gap;
        }
        return new RowFragment(placed);
    }

    private sealed class RowFragment(IReadOnlyList<(float X, IReadOnlyList<IFragment> Fragments)> cells) : IBlockLayout, IFragment
    {
        public bool HasMore { get; private set; } = true;

        public float Height { get; } = cells.Max(c => c.Fragments.Sum(f => f.Height));

        public IFragment? NextFragment(float availableHeight, bool pageTop)
        {
            if (!pageTop && Height > availableHeight)
            {
                return null;
            }
            HasMore = false;
            return this;
        }

        public void Draw(DrawContext context, float x, float y)
        {
            foreach (var (offset, fragments) in cells)
            {
                var top = y;
                foreach (var fragment in fragments)
                {
                    fragment.Draw(context, x + offset, top);
                    top += fragment.Height;
                }
            }
        }
    }
}

/// <summary>A block in a <see cref="Row"/> and its share of the width.</summary>
public sealed record RowCell(IBlock Block, float Weight = 1f);
