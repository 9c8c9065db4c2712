using Warehouse.Loader.Datasets;

namespace Warehouse.Tests.Sample;

/// <summary>The synthetic figures hold together: territories, age × sex, professions and datasets add up.</summary>
[Collection(SmallSampleGroup.Name)]
[Trait("Category", "unit")]
public sealed class SampleConsistencyTests(SmallSampleFixture sample)
{
    private const string AllAges = "Tout âge";
    private const string AllSexes = "tout sexe";

    [Theory]
    [InlineData("84")]
    [InlineData("11")]
    [InlineData("94")]
    public void Regional_headcount_is_the_sum_of_its_departements(string region)
    {
        var table = sample.Table(DatasetCatalog.HeadcountDensity);
        var cells = table.Where("region", region)
            .GroupBy(r => (table.Get(r, "annee"), table.Get(r, "profession_sante"), table.Get(r, "classe_age"), table.Get(r, "libelle_sexe")))
            .ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var total = cell.Single(r => table.Get(r, "departement") == "999");
            Assert.Equal(table.Number(total, "effectif"), cell.Where(r => table.Get(r, "departement") != "999").Sum(r => table.Number(r, "effectif")));
        }
    }

    [Fact]
    public void Regional_fee_totals_are_the_sum_of_their_departements_when_none_is_withheld()
    {
        var table = sample.Table(DatasetCatalog.Fees);
        var checkedCells = 0;
        foreach (var cell in table.Where("region", "84").GroupBy(r => (table.Get(r, "annee"), table.Get(r, "profession_sante"))))
        {
            var departements = cell.Where(r => table.Get(r, "departement") != "999").ToList();
            if (departements.Any(r => table.Get(r, "hono_sans_depassement_totaux") == "NS"))
            {
                continue;
            }
            var total = cell.Single(r => table.Get(r, "departement") == "999");
            foreach (var column in new[] { "hono_sans_depassement_totaux", "depassements_totaux" })
            {
                Assert.Equal(table.Number(total, column), departements.Sum(r => table.Number(r, column)));
            }
            checkedCells++;
        }
        Assert.True(checkedCells > 50, $"only {checkedCells} cells checked");
    }

    [Fact]
    public void Age_and_sex_cells_add_up_to_their_totals()
    {
        var table = sample.Table(DatasetCatalog.HeadcountDensity);
        foreach (var cell in table.Rows.GroupBy(table.Key))
        {
            var rows = cell.ToList();
            long Value(Func<string[], bool> predicate) => rows.Where(predicate).Sum(r => table.Number(r, "effectif"));
            var total = Value(r => table.Get(r, "libelle_classe_age") == AllAges && table.Get(r, "libelle_sexe") == AllSexes);
            Assert.Equal(52, rows.Count);
            Assert.Equal(total, Value(r => table.Get(r, "libelle_classe_age") != AllAges && table.Get(r, "libelle_sexe") != AllSexes));
            Assert.Equal(total, Value(r => table.Get(r, "libelle_classe_age") == AllAges && table.Get(r, "libelle_sexe") != AllSexes));
            Assert.Equal(total, Value(r => table.Get(r, "libelle_classe_age") != AllAges && table.Get(r, "libelle_sexe") == AllSexes));
        }
    }

    [Fact]
    public void Headcount_agrees_between_ages_sectors_and_practice_types()
    {
        var effectifs = sample.Table(DatasetCatalog.HeadcountDensity);
        var totals = effectifs.Rows
            .Where(r => effectifs.Get(r, "libelle_classe_age") == AllAges && effectifs.Get(r, "libelle_sexe") == AllSexes)
            .ToDictionary(effectifs.Key, r => effectifs.Number(r, "effectif"));
        var sectors = SumByKey(sample.Table(DatasetCatalog.HeadcountBySector));
        var types = SumByKey(sample.Table(DatasetCatalog.HeadcountByPracticeType));

        var inSectors = totals.Keys.Where(sectors.ContainsKey).ToList();
        Assert.True(inSectors.Count > 1000, $"only {inSectors.Count} keys shared with the sector dataset");
        Assert.All(inSectors, key => Assert.Equal(totals[key], sectors[key]));
        Assert.All(totals.Keys, key => Assert.Equal(totals[key], types[key]));
    }

    [Fact]
    public void Aggregate_professions_are_the_sum_of_their_members()
    {
        var table = sample.Table(DatasetCatalog.HeadcountByPracticeType);
        string[] members = ["Infirmiers", "Masseurs-kinésithérapeutes", "Orthophonistes", "Orthoptistes", "Pédicures-podologues"];
        foreach (var cell in table.Where("region", "99").GroupBy(r => (table.Get(r, "annee"), table.Get(r, "type_exercice_liberal"))))
        {
            long Of(string profession) => table.Number(cell.Single(r => table.Get(r, "profession_sante") == profession), "effectif");
            Assert.Equal(Of("Ensemble des auxiliaires médicaux"), members.Sum(Of));
        }
    }

    [Fact]
    public void Corsica_is_published_as_2A_and_2B_under_region_94()
    {
        var table = sample.Table(DatasetCatalog.Fees);
        var corsica = table.Where("region", "94").Select(r => (table.Get(r, "libelle_region"), table.Get(r, "departement"), table.Get(r, "libelle_departement")))
            .ToHashSet();
        Assert.Equal(
            new HashSet<(string, string, string)> { ("Corse", "2A", "Corse-du-Sud"), ("Corse", "2B", "Haute-Corse"), ("Corse", "999", "Tout département") },
            corsica);
        Assert.Contains(table.Rows, r => table.Key(r) is (_, _, "99", "999") && table.Get(r, "libelle_departement") == "FRANCE");
    }

    private static Dictionary<(string, string, string, string), long> SumByKey(SampleTable table) =>
        table.Rows.GroupBy(table.Key).ToDictionary(g => g.Key, g => g.Sum(r => table.Number(r, "effectif")));
}
