namespace Warehouse.Reports.Rendering;

/// <summary>
/// A PDF document composed of blocks, QuestPDF-style: A4 portrait, running header and footer with
/// "Page n / N", the synthetic-data mark on every page when it applies, an optional table of contents,
/// PDF metadata. Blocks flow down the pages with automatic page breaks. Layout first, then drawing, so page
/// counts and section pages are known before anything is drawn.
/// </summary>
/// <example><code>
/// var report = new PdfReport(new ReportInfo("Corse-du-Sud — professionnels de santé libéraux, 2024", "Corse-du-Sud"));
/// report.Add(new TitleBlock(...)).Add(new KpiGrid(tiles)).Section("Par profession", newPage: true).Add(table);
/// report.Render(stream);
/// </code></example>
public sealed class PdfReport(ReportInfo info)
{
    private readonly List<IBlock> blocks = [];

    /// <summary>What the document says about itself.</summary>
    public ReportInfo Info { get; } = info ?? throw new ArgumentNullException(nameof(info));

    /// <summary>Appends a block to the flow.</summary>
    public PdfReport Add(IBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        SourceCaptions.Apply(block, Info.SourceLine);
        blocks.Add(block);
        return this;
    }

    /// <summary>Appends blocks to the flow.</summary>
    public PdfReport Add(params IEnumerable<IBlock> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var block in content)
        {
            Add(block);
        }
        return this;
    }

    /// <summary>Starts a section: a heading listed in the table of contents, on a new page if asked.</summary>
    public PdfReport Section(string title, bool newPage = false)
    {
        if (newPage)
        {
            blocks.Add(Rendering.PageBreak.Instance);
        }
        return Add(new SectionHeading(title));
    }

    /// <summary>Starts a new page.</summary>
    public PdfReport PageBreak() => Add(Rendering.PageBreak.Instance);

    /// <summary>Places the table of contents here (it lists every section of the document).</summary>
    public PdfReport TableOfContents() => Add(new TableOfContents(() => blocks.OfType<SectionHeading>().Count()));

    /// <summary>Lays the document out and writes the PDF to <paramref name="output"/>.</summary>
    public RenderedReport Render(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (pages, sections) = FlowLayout.Paginate(blocks);
        PdfWriter.Write(output, Info, pages, sections);
        var fill = pages.Select(p => p.Fragments.Count == 0 ? 0f
            : (p.Fragments.Max(f => f.Y + f.Fragment.Height) - PageGeometry.ContentTop) / PageGeometry.ContentHeight).ToList();
        return new RenderedReport(pages.Count, sections, fill);
    }

    /// <summary>Lays the document out and returns the PDF bytes.</summary>
    public byte[] RenderToBytes()
    {
        using var stream = new MemoryStream();
        Render(stream);
        return stream.ToArray();
    }
}

/// <summary>What rendering produced: the page count, where each section starts, and how far down each page's content reaches (0–1 of the content height).</summary>
public sealed record RenderedReport(int PageCount, IReadOnlyList<SectionEntry> Sections, IReadOnlyList<float> PageFill);
