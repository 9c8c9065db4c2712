namespace Warehouse.Reports.Rendering;

/// <summary>Starts a new page (nothing happens at the top of an empty page).</summary>
public sealed class PageBreak : IBlock
{
    /// <summary>The page break.</summary>
    public static readonly PageBreak Instance = new();

    private PageBreak()
    {
    }

    /// <inheritdoc />
    public IBlockLayout Layout(float width) => throw new InvalidOperationException("The page flow handles page breaks itself.");
}
