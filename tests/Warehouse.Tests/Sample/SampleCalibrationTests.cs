using System.Globalization;
using Warehouse.Loader.Datasets;

namespace Warehouse.Tests.Sample;

/// <summary>National figures near the published references (docs/data-format.md §8–§9).</summary>
[Collection(SmallSampleGroup.Name)]
[Trait("Category", "unit")]
public sealed class SampleCalibrationTests(SmallSampleFixture sample)
{
    [Theory]
    [InlineData("Ensemble des médecins", 112_159, 0.05)]
    [InlineData("Ensemble des médecins généralistes", 55_546, 0.05)]
    [InlineData("Infirmiers", 100_000, 0.05)]
    [InlineData("Sages-femmes", 8_000, 0.05)]
    [InlineData("Masseurs-kinésithérapeutes", 75_000, 0.05)]
    [InlineData("Ensemble des chirurgiens-dentistes", 37_000, 0.05)]
    public void National_2024_headcount_is_near_the_reference(string profession, long reference, double tolerance)
    {
        var table = sample.Table(DatasetCatalog.HeadcountByPracticeType);
        var headcount = table.Where("annee", "2024")
            .Where(r => table.Get(r, "region") == "99" && table.Get(r, "profession_sante") == profession)
            .Sum(r => table.Number(r, "effectif"));
        Assert.InRange(headcount, reference * (1 - tolerance), reference * (1 + tolerance));
    }

    [Fact]
    public void National_2024_medecins_sectors_are_near_the_reference()
    {
        var table = sample.Table(DatasetCatalog.HeadcountBySector);
        var sectors = table.Where("annee", "2024")
            .Where(r => table.Get(r, "region") == "99" && table.Get(r, "profession_sante") == "Ensemble des médecins")
            .ToDictionary(r => table.Get(r, "secteur_conventionnel"), r => table.Number(r, "effectif"));
        Assert.InRange(sectors.Values.Sum(), 112_159 * 0.95, 112_159 * 1.05);
        Assert.InRange(sectors["1"], 76_910 * 0.9, 76_910 * 1.1);
    }

    [Fact]
    public void Infirmiers_density_is_near_146()
    {
        var table = sample.Table(DatasetCatalog.HeadcountDensity);
        var row = table.Where("annee", "2024").Single(r => table.Get(r, "region") == "99" && table.Get(r, "profession_sante") == "Infirmiers"
            && table.Get(r, "libelle_classe_age") == "Tout âge" && table.Get(r, "libelle_sexe") == "tout sexe");
        Assert.InRange(double.Parse(table.Get(row, "densite"), CultureInfo.InvariantCulture), 135, 160);
    }

    [Fact]
    public void National_2024_fees_of_the_four_families_are_near_the_reference()
    {
        var table = sample.Table(DatasetCatalog.Fees);
        string[] families = ["Ensemble des médecins", "Ensemble des chirurgiens-dentistes", "Sages-femmes", "Ensemble des auxiliaires médicaux"];
        var rows = table.Where("annee", "2024").Where(r => table.Get(r, "region") == "99" && families.Contains(table.Get(r, "profession_sante"))).ToList();
        Assert.Equal(4, rows.Count);
        Assert.InRange(rows.Sum(r => table.Number(r, "hono_sans_depassement_totaux")), 51.5e9 * 0.95, 51.5e9 * 1.05);
        Assert.InRange(rows.Sum(r => table.Number(r, "depassements_totaux")), 10.7e9 * 0.95, 10.7e9 * 1.05);
        double Share(string family)
        {
            var row = rows.Single(r => table.Get(r, "profession_sante") == family);
            return table.Number(row, "depassements_totaux") / (double)(table.Number(row, "depassements_totaux") + table.Number(row, "hono_sans_depassement_totaux"));
        }
        Assert.InRange(Share("Ensemble des auxiliaires médicaux"), 0.005, 0.02);
        Assert.InRange(Share("Ensemble des chirurgiens-dentistes"), 0.45, 0.53);
    }

    [Fact]
    public void Fee_means_are_totals_over_headcount_in_whole_euros()
    {
        var fees = sample.Table(DatasetCatalog.Fees);
        var types = sample.Table(DatasetCatalog.HeadcountByPracticeType);
        var headcounts = types.Rows.GroupBy(types.Key).ToDictionary(g => g.Key, g => g.Sum(r => types.Number(r, "effectif")));
        foreach (var row in fees.Rows.Where(r => fees.Get(r, "hono_sans_depassement_totaux") != "NS").Take(2000))
        {
            var expected = Math.Round(fees.Number(row, "hono_sans_depassement_totaux") / (double)headcounts[fees.Key(row)], MidpointRounding.AwayFromZero);
            Assert.Equal((long)expected, fees.Number(row, "hono_sans_depassement_moyens"));
        }
    }
}
