using System.Diagnostics;
using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;
using Xunit.Abstractions;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class SpecimenPdfTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[]> SyntheticPdf = new(() => Render(synthetic: true));
    private static readonly Lazy<byte[]> RealPdf = new(() => Render(synthetic: false));
    private static readonly Lazy<PdfText> Synthetic = new(() => PdfText.Read(SyntheticPdf.Value));
    private static readonly Lazy<PdfText> Real = new(() => PdfText.Read(RealPdf.Value));

    [Fact]
    public void Render_WritesA4PagesWithMetadata()
    {
        var pdf = Synthetic.Value;

        Assert.InRange(pdf.PageCount, 6, 12);
        Assert.All(pdf.Sizes, size =>
        {
            Assert.Equal(PageGeometry.Width, size.Width, 0.01);
            Assert.Equal(PageGeometry.Height, size.Height, 0.01);
        });
        Assert.Equal(SpecimenDocument.Title, pdf.Title);
        Assert.Equal(SpecimenDocument.Author, pdf.Author);
        Assert.Equal("Warehouse.Reports", pdf.Creator);
    }

    [Fact]
    public void Render_PrintsHeaderAndPageNOfNOnEveryPage()
    {
        var pdf = Synthetic.Value;

        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var text = PdfText.Flatten(pdf.Pages[page - 1]);
            Assert.Contains($"Page {page} / {pdf.PageCount}", text, StringComparison.Ordinal);
            Assert.Contains("Source : Cnam, data.ameli.fr", text, StringComparison.Ordinal);
            Assert.Contains(SpecimenDocument.Territory, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_MarksEveryPage_WhenSynthetic()
    {
        Assert.All(Synthetic.Value.Pages, text => Assert.Contains(ReportInfo.SyntheticMark, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LeavesNoMark_WhenNotSynthetic()
    {
        Assert.Equal(Synthetic.Value.PageCount, Real.Value.PageCount);
        Assert.All(Real.Value.Pages, text => Assert.DoesNotContain("SYNTHÉTIQUES", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_KeepsKpiValueAndChartTextExtractable()
    {
        var pdf = Synthetic.Value;

        Assert.Contains(1, pdf.PagesContaining(SpecimenDocument.KpiValue));
        Assert.Contains(1, pdf.PagesContaining("1 234,5"));
        Assert.Contains(1, pdf.PagesContaining("inférieure de 12 %"));
        Assert.NotEmpty(pdf.PagesContaining("Corse-du-Sud Corse France")); // legend of the line chart
        Assert.NotEmpty(pdf.PagesContaining("2015 2016 2017 2018 2019")); // year ticks drawn by ScottPlot
        Assert.NotEmpty(pdf.PagesContaining("Généralistes Spécialistes Dentistes Infirmiers")); // category ticks
        Assert.NotEmpty(pdf.PagesContaining("Secteur 2 OPTAM"));
    }

    [Fact]
    public void Render_DrawsChartAxisLabelsAsText()
    {
        var pdf = Synthetic.Value;

        Assert.NotEmpty(pdf.PagesContainingLetters(SpecimenDocument.YAxisLabel)); // rotated, drawn by ScottPlot
        Assert.NotEmpty(pdf.PagesContainingLetters("k€ par praticien"));
        Assert.DoesNotContain(pdf.Letters, page => page.Contains("22001155", StringComparison.Ordinal)); // no text drawn twice
    }

    [Fact]
    public void Render_RepeatsTableHeaderOnEveryPageOfTheTable()
    {
        var pdf = Synthetic.Value;

        var pages = pdf.PagesContainingLetters(SpecimenDocument.TableHeader).ToArray();

        Assert.True(pages.Length >= 2, $"table header on pages {string.Join(", ", pages)}");
        Assert.Equal(Enumerable.Range(pages[0], pages.Length), pages);
        Assert.Contains(pages[1], pdf.PagesContaining("Spécialité numéro"));
        Assert.Contains(pages[0], pdf.PagesContaining("Ensemble des professions"));
    }

    [Fact]
    public void Render_ListsSectionsWithTheirPagesInTheTableOfContents()
    {
        var report = SpecimenDocument.Build(synthetic: true);
        using var stream = new MemoryStream();

        var rendered = report.Render(stream);

        Assert.Equal(["L'essentiel", "Dans la région", "Activité", SpecimenDocument.TableTitle, "Méthode"], rendered.Sections.Select(s => s.Title));
        Assert.Equal(rendered.Sections.Select(s => s.Page).Order(), rendered.Sections.Select(s => s.Page));
        var method = rendered.Sections[^1];
        Assert.Equal(rendered.PageCount, method.Page);
        var pdf = PdfText.Read(stream.ToArray());
        var contents = Assert.Single(pdf.PagesContaining("Sommaire"));
        Assert.Contains(contents, pdf.PagesContaining($"Méthode {method.Page}"));
        Assert.Contains(contents, pdf.PagesContaining($"Dans la région {rendered.Sections[1].Page}"));
    }

    [Fact]
    public void Render_WritesMapLegendClassBounds()
    {
        var values = SpecimenDocument.DensityByDepartement().Values.OfType<double>();
        var classes = QuantileClasses.Compute(values);
        var pdf = Synthetic.Value;

        Assert.Equal(5, classes.Count);
        for (var i = 0; i < classes.Count; i++)
        {
            Assert.Contains(1, pdf.PagesContaining(classes.Label(i, v => FrenchFormat.Number(v, 1))));
        }
        Assert.Contains(1, pdf.PagesContainingLetters("nd : non disponible (absent des données)"));
        Assert.Contains(1, pdf.PagesContaining("Guadeloupe"));
        Assert.Contains(1, pdf.PagesContaining("Mayotte"));
    }

    [Fact]
    public void Render_DrawsOnePathPerDepartementOfEachMapScope()
    {
        var france = new MapBlock(MapScope.France, SpecimenDocument.DensityByDepartement());
        var region = new MapBlock(MapScope.Region("84"), SpecimenDocument.DensityByDepartement());
        var corsica = new MapBlock(MapScope.Region("94"), SpecimenDocument.DensityByDepartement());
        var guyane = new MapBlock(MapScope.Region("03"), SpecimenDocument.DensityByDepartement());

        new PdfReport(new ReportInfo("Cartes", "France")).Add(france, region, corsica, guyane).RenderToBytes();

        Assert.Equal(101, france.DrawnFeatureCount);
        Assert.Equal(12, region.DrawnFeatureCount);
        Assert.Equal(2, corsica.DrawnFeatureCount);
        Assert.Equal(1, guyane.DrawnFeatureCount);
    }

    [Fact]
    public void Render_StaysSmallAndFast()
    {
        var pdf = SyntheticPdf.Value;
        var timings = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var watch = Stopwatch.StartNew();
            SpecimenDocument.Build(synthetic: true).RenderToBytes();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        var median = timings[timings.Count / 2];
        output.WriteLine($"specimen: {pdf.Length / 1024.0:F1} KB, {Synthetic.Value.PageCount} pages, render median {median:F1} ms (min {timings[0]:F1}, max {timings[^1]:F1})");
        var path = Environment.GetEnvironmentVariable("WAREHOUSE_SPECIMEN_PDF");
        if (!string.IsNullOrEmpty(path))
        {
            File.WriteAllBytes(path, pdf);
            output.WriteLine($"written to {path}");
        }

        Assert.InRange(pdf.Length, 10_000, 600_000);
    }

    private static byte[] Render(bool synthetic) => SpecimenDocument.Build(synthetic).RenderToBytes();
}
