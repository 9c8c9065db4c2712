using Warehouse.Core.Dimensions;
using Warehouse.Loader.Datasets;
using Warehouse.Sample;

namespace Warehouse.Tests.Sample;

/// <summary>The traps of the real files are there: NS / NC tokens, zero twins, constant columns, sector vintages.</summary>
[Collection(SmallSampleGroup.Name)]
[Trait("Category", "unit")]
public sealed class SampleTrapsTests(SmallSampleFixture sample)
{
    [Fact]
    public void About_one_fee_row_in_six_is_withheld()
    {
        var table = sample.Table(DatasetCatalog.Fees);
        var rate = table.Rows.Count(r => table.Get(r, "hono_sans_depassement_totaux") == "NS") / (double)table.Rows.Count;
        Assert.InRange(rate, 0.05, 0.30);
        Assert.Contains(sample.Table(DatasetCatalog.Prescriptions).Rows, r => r.Contains("NS"));
        Assert.Contains(sample.Table(DatasetCatalog.Patients).Rows, r => r.Contains("NS"));
    }

    [Theory]
    [InlineData("honoraires", "hono_sans_depassement_totaux", "hono_sans_depassement_totaux_integer")]
    [InlineData("honoraires", "depassements_totaux", "depassements_totaux_integer")]
    [InlineData("honoraires", "hono_sans_depassement_moyens", "hono_sans_depassement_moyens_integer")]
    [InlineData("honoraires", "depassements_moyens", "depassements_moyens_integer")]
    [InlineData("honoraires", "taux_depassement_s2", "taux_depassement_s2_integer")]
    [InlineData("honoraires", "taux_depassement_s2_non_optam", "taux_depassement_s2_non_optam_integer")]
    [InlineData("honoraires", "taux_depassement_s2_optam", "taux_depassement_s2_optam_integer")]
    [InlineData("prescriptions", "montant_total_prescription", "montant_total_prescription_integer")]
    [InlineData("prescriptions", "montant_moyen_prescription", "montant_moyen_prescription_integer")]
    [InlineData("patientele", "nombre_patients_uniques", "patients_uniques_integer")]
    [InlineData("patientele", "nombre_patients_medecin_traitant", "patients_medecin_traitant_integer")]
    public void Integer_twin_is_blank_exactly_where_the_text_is_NS_or_NC(string dataset, string text, string twin)
    {
        var table = sample.Table(DatasetCatalog.Find(dataset)!);
        Assert.Contains(table.Rows, row => table.Get(row, text) is "NS" or "NC");
        foreach (var row in table.Rows)
        {
            var value = table.Get(row, text);
            var expected = value is "NS" or "NC" ? "" : value;
            Assert.Equal(expected, table.Get(row, twin));
            Assert.NotEqual(string.Empty, value);
        }
    }

    public static TheoryData<string> TerritorialDatasets => [.. DatasetCatalog.All.Where(d => d.HasTerritory).Select(d => d.Id)];

    /// <summary>For the five one-département régions (the DROM), the regional 999 row repeats the département row exactly.</summary>
    [Theory]
    [MemberData(nameof(TerritorialDatasets))]
    public void Drom_regional_total_repeats_its_departement_row(string dataset)
    {
        var table = sample.Table(DatasetCatalog.Find(dataset)!);
        string[] territoryColumns = ["departement", "libelle_departement"];
        var others = table.Header.Where(c => !territoryColumns.Contains(c)).ToList();
        string Cell(string[] row) => string.Join(";", others.Select(c => table.Get(row, c)));
        foreach (var (region, departement) in new[] { ("01", "971"), ("02", "972"), ("03", "973"), ("04", "974"), ("06", "976") })
        {
            var regional = table.Where("region", region).Where(r => table.Get(r, "departement") == "999").Select(Cell).Order(StringComparer.Ordinal).ToList();
            var detail = table.Where("region", region).Where(r => table.Get(r, "departement") == departement).Select(Cell).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(regional);
            Assert.Equal(detail, regional);
        }
    }

    [Fact]
    public void Rates_are_NC_without_secteur_2_and_percentages_with_it()
    {
        var table = sample.Table(DatasetCatalog.Fees);
        string[] rates = ["taux_depassement_s2", "taux_depassement_s2_non_optam", "taux_depassement_s2_optam"];
        Assert.All(table.Where("profession_sante", "Infirmiers"), r => Assert.All(rates, c => Assert.Equal("NC", table.Get(r, c))));
        var national = table.Where("profession_sante", "Ensemble des médecins").Where(r => table.Get(r, "region") == "99").ToList();
        Assert.All(national, r => Assert.All(rates, c => Assert.InRange(double.Parse(table.Get(r, c), System.Globalization.CultureInfo.InvariantCulture), 5, 150)));
        Assert.All(table.Rows, r => Assert.Equal("non", table.Get(r, "taux_depassement")));
    }

    [Fact]
    public void Referring_patients_are_NC_for_specialists_only()
    {
        var table = sample.Table(DatasetCatalog.Patients);
        Assert.All(table.Where("profession_sante", "Cardiologues"), r => Assert.Equal("NC", table.Get(r, "nombre_patients_medecin_traitant")));
        var generalists = table.Where("profession_sante", "Ensemble des médecins généralistes").Where(r => table.Get(r, "region") == "99");
        Assert.All(generalists, r => Assert.InRange(long.Parse(table.Get(r, "nombre_patients_medecin_traitant"), System.Globalization.CultureInfo.InvariantCulture), 500, 1500));
    }

    [Fact]
    public void Display_flags_are_constant_per_profession()
    {
        foreach (var dataset in DatasetCatalog.All)
        {
            var table = sample.Table(dataset);
            var flags = DatasetCatalog.DisplayFlagColumns.Select(table.Column).ToArray();
            var profession = table.Column("profession_sante");
            var distinct = table.Rows.Select(r => (r[profession], r[flags[0]], r[flags[1]], r[flags[2]])).Distinct().ToList();
            Assert.Equal(distinct.Count, distinct.Select(x => x.Item1).Distinct().Count());
        }
    }

    [Fact]
    public async Task Sectors_are_three_before_Optam_and_four_from_2013()
    {
        var roles = new CodedRoles(await EmbeddedReferenceDimensions.LoadAsync());
        Assert.Equal(3, roles.Sectors.Count(s => CodedRoles.Applies(s, 2012)));
        Assert.Equal(4, roles.Sectors.Count(s => CodedRoles.Applies(s, 2013)));
        var table = sample.Table(DatasetCatalog.HeadcountBySector);
        Assert.All(table.Rows.GroupBy(table.Key), g => Assert.Equal(4, g.Count()));
    }

    [Fact]
    public void Small_scale_keeps_the_headcount_dataset_small()
    {
        var files = sample.ApiFiles.ToDictionary(f => f.DatasetId, f => f.Rows);
        Assert.Equal(12, sample.Table(DatasetCatalog.HeadcountDensity).Rows.Select(r => r[1]).Distinct().Count());
        Assert.InRange(files[DatasetCatalog.HeadcountDensity.Id], 100_000, 200_000);
        Assert.Equal(6 * 38, files[DatasetCatalog.DemographicProfile.Id]);
        Assert.Equal(6 * 46 * 38, files[DatasetCatalog.Fees.Id]);
    }
}
