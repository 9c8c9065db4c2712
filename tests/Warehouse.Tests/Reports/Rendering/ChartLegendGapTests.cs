using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class ChartLegendGapTests
{
    [Fact]
    public void Line_LeavesASeriesWithNoValueOutOfTheLegend_AndNamesItUnderTheChart()
    {
        var chart = Charts.Line("Patients par praticien", [2023, 2024],
            [new ChartSeries("Patients vus", [1200, 1250], SKColors.Blue), new ChartSeries("Patients « médecin traitant »", [null, null], SKColors.Gray)], "patients");
        var pdf = PdfText.Read(new PdfReport(new ReportInfo("t", "France")).Add(chart).RenderToBytes());

        Assert.Equal(["Patients vus"], chart.Legend.Select(l => l.Label));
        Assert.Contains("Non tracé, aucune valeur publiée : Patients « médecin traitant ».", PdfText.Flatten(pdf.Pages[0]), StringComparison.Ordinal);
    }
}
