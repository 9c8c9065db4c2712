namespace Warehouse.Reports.Rendering;

/// <summary>A block that prints the source line under itself (charts, maps).</summary>
internal interface ISourceCaption
{
    /// <summary>Replaces the default Cnam attribution by the document's source line; a caption set by hand is kept.</summary>
    void UseSource(string source);
}

/// <summary>Gives every chart and map of a document the document's source line (synthetic data is not "Source : Cnam").</summary>
internal static class SourceCaptions
{
    public static void Apply(IBlock block, string source)
    {
        switch (block)
        {
            case ISourceCaption captioned:
                captioned.UseSource(source);
                break;
            case Row row:
                foreach (var cell in row.Cells)
                {
                    Apply(cell.Block, source);
                }
                break;
        }
    }
}
