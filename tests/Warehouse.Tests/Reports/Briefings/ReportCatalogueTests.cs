using Warehouse.Reports.Catalogue;

namespace Warehouse.Tests.Reports.Briefings;

[Trait("Category", "unit")]
public sealed class ReportCatalogueTests
{
    [Fact]
    public void Catalogue_ListsTheThreeReports_WithTypedRequiredParameters()
    {
        Assert.Equal(["territory", "profession", "extract"], ReportCatalogue.All.Select(r => r.Name));
        Assert.Contains(ReportCatalogue.Territory.Parameters, p => p is { Name: "code", Kind: ParameterKind.Territory, Required: true });
        Assert.Contains(ReportCatalogue.Profession.Parameters, p => p is { Name: "profession", Kind: ParameterKind.Profession, Required: true });
        Assert.All(ReportCatalogue.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.Same(ReportCatalogue.Extract, ReportCatalogue.Find("EXTRACT"));
    }
}
