using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// Blocks one under the other at the full width, <see cref="Spacing"/> points apart (as QuestPDF's Column): its height is
/// theirs plus the gaps, and each draws in its own box. Null children are left out, so optional parts need no branch.
/// </summary>
public sealed class Column : FixedBlock
{
    private readonly IReadOnlyList<FixedBlock> children;

    public Column(float spacing, IEnumerable<FixedBlock?> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        Spacing = spacing;
        this.children = [.. children.OfType<FixedBlock>()];
    }

    /// <summary>Space between two children.</summary>
    public float Spacing { get; }

    /// <inheritdoc />
    public override float Measure(float width) =>
        children.Sum(c => c.Measure(width)) + Spacing * Math.Max(0, children.Count - 1);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds)
    {
        var y = bounds.Top;
        foreach (var child in children)
        {
            var height = child.Measure(bounds.Width);
            child.Draw(context, SKRect.Create(bounds.Left, y, bounds.Width, height));
            y += height + Spacing;
        }
    }
}
