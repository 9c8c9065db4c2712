using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Warehouse.Tests.Reports.Rendering;

/// <summary>A PDF read back with PdfPig: metadata, page sizes, and each page's text as words joined by spaces.</summary>
internal sealed class PdfText
{
    private PdfText(int pageCount, IReadOnlyList<(double Width, double Height)> sizes, IReadOnlyList<string> pages, IReadOnlyList<string> letters, string? title, string? author, string? creator)
    {
        PageCount = pageCount;
        Sizes = sizes;
        Pages = pages;
        Letters = letters;
        Title = title;
        Author = author;
        Creator = creator;
    }

    public int PageCount { get; }

    public IReadOnlyList<(double Width, double Height)> Sizes { get; }

    /// <summary>Text of each page: words joined by single spaces, no-break spaces kept.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Letters of each page in drawing order, without any space: finds rotated or wrapped text.</summary>
    public IReadOnlyList<string> Letters { get; }

    public string? Title { get; }

    public string? Author { get; }

    public string? Creator { get; }

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        var letters = new List<string>();
        var sizes = new List<(double, double)>();
        foreach (Page page in document.GetPages())
        {
            sizes.Add((page.Width, page.Height));
            pages.Add(string.Join(" ", page.GetWords().Select(w => w.Text)));
            letters.Add(WithoutSpaces(string.Concat(page.Letters.Select(l => l.Value))));
        }
        var info = document.Information;
        return new PdfText(document.NumberOfPages, sizes, pages, letters, info.Title, info.Author, info.Creator);
    }

    /// <summary>Text with every kind of space made a plain space, for searching.</summary>
    public static string Flatten(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Replace('\u2009', ' ');

    /// <summary>Pages whose letters, spaces ignored, contain <paramref name="text"/> (also when rotated or wrapped).</summary>
    public IEnumerable<int> PagesContainingLetters(string text) =>
        Letters.Select((p, i) => (p, i)).Where(x => x.p.Contains(WithoutSpaces(text), StringComparison.Ordinal)).Select(x => x.i + 1);

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('\u202F' or '\u00A0' or '\u2009')));

    /// <summary>Pages whose words, joined by spaces, contain <paramref name="text"/>.</summary>
    public IEnumerable<int> PagesContaining(string text) =>
        Pages.Select((p, i) => (p, i)).Where(x => Flatten(x.p).Contains(Flatten(text), StringComparison.Ordinal)).Select(x => x.i + 1);
}
