using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class FlowLayoutTests
{
    [Fact]
    public void Paginate_MovesHeadingToNextPage_WhenWhatFollowsDoesNotFit()
    {
        var report = new PdfReport(new ReportInfo("Flux", "France"))
            .Add(new Spacer(PageGeometry.ContentHeight - 200))
            .Section("Titre suivi d'un grand bloc")
            .Add(new Spacer(300));
        using var stream = new MemoryStream();

        var rendered = report.Render(stream);

        Assert.Equal(2, rendered.PageCount);
        Assert.Equal(2, Assert.Single(rendered.Sections).Page);
        Assert.Equal([2], PdfText.Read(stream.ToArray()).PagesContaining("Titre suivi d'un grand bloc"));
    }

    [Fact]
    public void Paginate_IgnoresPageBreak_AtTopOfPage()
    {
        var report = new PdfReport(new ReportInfo("Flux", "France"))
            .PageBreak()
            .Add(new TextBlock("Première page"))
            .PageBreak()
            .PageBreak()
            .Add(new TextBlock("Deuxième page"));
        using var stream = new MemoryStream();

        Assert.Equal(2, report.Render(stream).PageCount);
    }

    [Fact]
    public void Paginate_SplitsLongParagraphAcrossPagesKeepingEveryWord()
    {
        var words = Enumerable.Range(1, 1500).Select(i => $"mot{i}").ToArray();
        var report = new PdfReport(new ReportInfo("Flux", "France")).Add(new TextBlock(string.Join(" ", words)));
        using var stream = new MemoryStream();

        var rendered = report.Render(stream);

        Assert.True(rendered.PageCount >= 2);
        var text = string.Join(" ", PdfText.Read(stream.ToArray()).Pages);
        Assert.All(new[] { words[0], words[700], words[^1] }, w => Assert.Contains(w + " ", text + " ", StringComparison.Ordinal));
    }
}
