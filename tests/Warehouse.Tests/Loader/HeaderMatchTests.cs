using Warehouse.Loader.Datasets;
using Warehouse.Loader.Reading;

namespace Warehouse.Tests.Loader;

/// <summary>How a header is recognised: whole datasets, column subsets, the closest dataset, and accepted column names.</summary>
[Trait("Category", "unit")]
public sealed class HeaderMatchTests
{
    [Fact]
    public void Find_NamesTheDatasetThatHasTheColumnsPresent_AsTheClosest()
    {
        string[] header = ["annee", "profession_sante", "hono_sans_depassement_totaux", "depassements_totaux", "commentaire"];

        var match = HeaderMatch.Find(header, null, out var reason, out var subsetOf);

        Assert.Null(match);
        Assert.Null(subsetOf);
        Assert.StartsWith("the header is not one of the 7 datasets (closest: honoraires)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_CallsAHeaderOfOneDatasetsColumnsWithSomeMissing_AColumnSubset()
    {
        string[] header = ["annee", "profession_sante", "region", "departement", "libelle_departement", "poste_prescription", "montant_total_prescription_integer"];

        var match = HeaderMatch.Find(header, null, out var reason, out var subsetOf);

        Assert.Null(match);
        Assert.Same(DatasetCatalog.Prescriptions, subsetOf);
        Assert.StartsWith("the header has 7 of the 15 columns of dataset prescriptions: it looks like a column subset exported with select=", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AcceptsCodeDepartement_AsTheNameOfTheDepartementColumn()
    {
        var header = DatasetCatalog.HeadcountByPracticeType.CsvColumns.Select(c => c == "departement" ? "code_departement" : c).ToList();

        var match = HeaderMatch.Find(header, null, out var reason, out _);

        Assert.True(match is not null, reason);
        Assert.Same(DatasetCatalog.HeadcountByPracticeType, match.Dataset);
        Assert.Equal(header.IndexOf("code_departement"), match.IndexOf("departement"));
    }

    [Fact]
    public void Find_RefusesAHeaderThatNamesTheDepartementTwice()
    {
        var header = DatasetCatalog.HeadcountByPracticeType.CsvColumns.Append("code_departement").ToList();

        Assert.Null(HeaderMatch.Find(header, null, out var reason, out _));
        Assert.Equal("the header repeats column(s) departement", reason);
    }
}
