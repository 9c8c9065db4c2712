using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Draws laid-out pages into a PDF through Skia's PDF backend (vector, real text, embedded subset fonts).</summary>
internal static class PdfWriter
{
    public static void Write(Stream output, ReportInfo info, IReadOnlyList<PlacedPage> pages, IReadOnlyList<SectionEntry> sections)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Subject = info.Subject,
            Author = info.Author,
            Creator = info.Creator,
            Producer = "Warehouse.Reports (SkiaSharp PDF)",
            Keywords = info.Keywords,
            Creation = info.CreatedAt.UtcDateTime,
            Modified = info.CreatedAt.UtcDateTime,
            RasterDpi = 72, // anything else makes Skia round the page size to its raster grid (595.2 × 841.92)
        };
        using var stream = new SKManagedWStream(output);
        using var document = SKDocument.CreatePdf(stream, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        for (var i = 0; i < pages.Count; i++)
        {
            var canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
            var context = new DrawContext(canvas, info, i + 1, pages.Count, sections);
            PageFurniture.Draw(context);
            foreach (var placed in pages[i].Fragments)
            {
                placed.Fragment.Draw(context, placed.X, placed.Y);
            }
            document.EndPage();
        }
        document.Close();
    }
}
