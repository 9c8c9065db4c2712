namespace Warehouse.Reports.Rendering;

/// <summary>
/// A component of the page flow. The flow asks it to lay out at the content width, then takes its fragments
/// one by one, starting a new page whenever the next fragment does not fit.
/// </summary>
public interface IBlock
{
    /// <summary>Lays the block out at <paramref name="width"/> points.</summary>
    IBlockLayout Layout(float width);
}

/// <summary>The fragments of one laid-out block, handed out in order.</summary>
public interface IBlockLayout
{
    /// <summary>Whether fragments remain.</summary>
    bool HasMore { get; }

    /// <summary>
    /// The next fragment that fits in <paramref name="availableHeight"/>, or null when nothing fits (the flow
    /// then starts a new page). At the top of a page (<paramref name="pageTop"/>) a fragment must be returned,
    /// even if it overflows.
    /// </summary>
    IFragment? NextFragment(float availableHeight, bool pageTop);
}

/// <summary>A piece of a block placed on one page.</summary>
public interface IFragment
{
    /// <summary>Height in points.</summary>
    float Height { get; }

    /// <summary>Draws the fragment with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    void Draw(DrawContext context, float x, float y);
}
