namespace Warehouse.Reports.Rendering;

/// <summary>
/// Pours blocks down the content area of successive pages: spacing between blocks, a new page when the next
/// fragment does not fit, explicit page breaks, and the page each section starts on.
/// </summary>
internal static class FlowLayout
{
    public static (IReadOnlyList<PlacedPage> Pages, IReadOnlyList<SectionEntry> Sections) Paginate(IEnumerable<IBlock> blocks)
    {
        var pages = new List<PlacedPage> { new() };
        var sections = new List<SectionEntry>();
        var height = PageGeometry.ContentHeight;
        var y = 0f;
        foreach (var block in blocks)
        {
            if (block is PageBreak)
            {
                if (!pages[^1].IsEmpty)
                {
                    pages.Add(new PlacedPage());
                    y = 0;
                }
                continue;
            }
            var layout = block.Layout(PageGeometry.ContentWidth);
            var first = true;
            while (layout.HasMore)
            {
                var page = pages[^1];
                var gap = page.IsEmpty || !first ? 0 : Typography.BlockSpacing;
                var fragment = layout.NextFragment(height - y - gap, page.IsEmpty);
                if (fragment is null)
                {
                    if (page.IsEmpty)
                    {
                        throw new InvalidOperationException($"{block.GetType().Name} returned no fragment at the top of a page.");
                    }
                    pages.Add(new PlacedPage());
                    y = 0;
                    if (first && page.Fragments.Count > 1 && page.Fragments[^1].Fragment is ISectionAnchor heading)
                    {
                        // a heading is kept with what follows it: move it to the new page too
                        page.Fragments.RemoveAt(page.Fragments.Count - 1);
                        pages[^1].Fragments.Add(new PlacedFragment(heading, PageGeometry.SideMargin, PageGeometry.ContentTop));
                        sections[^1] = sections[^1] with { Page = pages.Count };
                        y = heading.Height;
                    }
                    continue;
                }
                page.Fragments.Add(new PlacedFragment(fragment, PageGeometry.SideMargin, PageGeometry.ContentTop + y + gap));
                if (fragment is ISectionAnchor anchor)
                {
                    sections.Add(new SectionEntry(anchor.Title, pages.Count));
                }
                y += gap + fragment.Height;
                first = false;
            }
        }
        return (pages, sections);
    }
}

/// <summary>The fragments placed on one page.</summary>
internal sealed class PlacedPage
{
    public List<PlacedFragment> Fragments { get; } = [];

    public bool IsEmpty => Fragments.Count == 0;
}

/// <summary>A fragment and the top-left corner where it is drawn.</summary>
internal sealed record PlacedFragment(IFragment Fragment, float X, float Y);

/// <summary>A fragment that starts a section listed in the table of contents.</summary>
internal interface ISectionAnchor : IFragment
{
    string Title { get; }
}
