using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>What a fragment may use while it draws: the page canvas and where the page sits in the document.</summary>
public sealed class DrawContext
{
    internal DrawContext(SKCanvas canvas, ReportInfo report, int pageNumber, int pageCount, IReadOnlyList<SectionEntry> sections)
    {
        Canvas = canvas;
        Report = report;
        PageNumber = pageNumber;
        PageCount = pageCount;
        Sections = sections;
    }

    /// <summary>The page canvas, in points, origin at the top-left corner of the page.</summary>
    public SKCanvas Canvas { get; }

    /// <summary>The document being drawn.</summary>
    public ReportInfo Report { get; }

    /// <summary>1-based number of this page.</summary>
    public int PageNumber { get; }

    /// <summary>Pages in the document.</summary>
    public int PageCount { get; }

    /// <summary>The sections of the document with the page each starts on.</summary>
    public IReadOnlyList<SectionEntry> Sections { get; }
}

/// <summary>A section title and the 1-based page it starts on.</summary>
public sealed record SectionEntry(string Title, int Page);
