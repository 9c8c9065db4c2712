using System.Globalization;
using ClosedXML.Excel;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>The "Dictionnaire" and "À propos" sheets, and the synthetic-data mark on every sheet.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class XlsxMetadataSheetsTests(ExtractWarehouseFixture warehouse)
{
    [Fact]
    public async Task EverySheet_CarriesTheSyntheticMark_WhenTheDataIsSynthetic()
    {
        using var workbook = await FeesAraAsync();

        Assert.All(workbook.Worksheets, sheet => Assert.StartsWith("DONNÉES SYNTHÉTIQUES", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dictionary_DescribesEveryDataColumn()
    {
        using var workbook = await FeesAraAsync();
        var data = workbook.Worksheet("Données");
        var dictionary = workbook.Worksheet("Dictionnaire");
        var headerRow = XlsxWorkbook.HeaderRow(dictionary, "Colonne");

        Assert.Equal(["Colonne", "Signification", "Unité", "Champ source (data.ameli)", "Remarques"], XlsxWorkbook.Headers(dictionary, headerRow));
        var described = dictionary.RowsUsed().Where(r => r.RowNumber() > headerRow).ToDictionary(r => r.Cell(1).GetString());
        Assert.Equal(XlsxWorkbook.Headers(data, XlsxWorkbook.HeaderRow(data)), described.Keys);
        var mean = described["Honoraires sans dépassement, moyenne"];
        Assert.Equal("€ par praticien", mean.Cell(3).GetString());
        Assert.Equal("hono_sans_depassement_moyens", mean.Cell(4).GetString());
        Assert.Equal("moyenne par praticien, ne pas sommer", mean.Cell(5).GetString());
        Assert.All(described.Values, row => Assert.False(string.IsNullOrWhiteSpace(row.Cell(2).GetString()), $"{row.Cell(1).GetString()} has no meaning."));
    }

    [Fact]
    public async Task About_StatesSourceReleaseLicenceAndSchema()
    {
        var sha256 = (string)(await warehouse.ScalarAsync(
            "SELECT f.sha256 FROM etl_dataset_release r JOIN etl_load_file f ON f.load_file_id = r.load_file_id WHERE r.dataset_id = 'honoraires'"))!;
        var license = (string?)await warehouse.ScalarAsync(
            "SELECT f.license FROM etl_dataset_release r JOIN etl_load_file f ON f.load_file_id = r.load_file_id WHERE r.dataset_id = 'honoraires'");
        var schema = Path.GetFileNameWithoutExtension((string)(await warehouse.ScalarAsync("SELECT MAX(ScriptName) FROM schema_migrations"))!);
        using var workbook = await FeesAraAsync();
        var about = workbook.Worksheet("À propos");

        Assert.Equal("aucune : Données synthétiques au format data.ameli.fr, non issues de la Cnam", XlsxWorkbook.About(about, "Source"));
        Assert.Equal(sha256, XlsxWorkbook.About(about, "Empreinte du fichier (SHA-256)"));
        Assert.Null(license); // a synthetic sample has no licence, and says why
        Assert.Equal("sans objet (données synthétiques)", XlsxWorkbook.About(about, "Licence"));
        Assert.Equal("non indiquée (fichier déposé à la main)", XlsxWorkbook.About(about, "Données publiées le"));
        Assert.Equal("honoraires", XlsxWorkbook.About(about, "Identifiant data.ameli"));
        Assert.Equal(schema, XlsxWorkbook.About(about, "Version du schéma"));
        Assert.StartsWith("oui", XlsxWorkbook.About(about, "Données synthétiques"), StringComparison.Ordinal);
        Assert.Matches(@"^(1er|\d{1,2}) [a-zéû]+ \d{4} à \d{2}:\d{2} \((heure de Paris|UTC)\)$", XlsxWorkbook.About(about, "Généré le"));
        Assert.Matches(@"^(1er|\d{1,2}) [a-zéû]+ \d{4}$", XlsxWorkbook.About(about, "Chargé dans l'entrepôt le"));
    }

    [Fact]
    public async Task About_StatesTheFiltersAndTheRowCount()
    {
        var expected = await warehouse.CountAsync("SELECT COUNT(*) " + Requests.FeesAraWhere);
        using var workbook = await FeesAraAsync();
        var about = workbook.Worksheet("À propos");

        Assert.Equal("2019 à 2024", XlsxWorkbook.About(about, "Années"));
        Assert.StartsWith("Auvergne-Rhône-Alpes (région 84), avec les départements", XlsxWorkbook.About(about, "Territoires"), StringComparison.Ordinal);
        Assert.Equal("toutes", XlsxWorkbook.About(about, "Professions"));
        Assert.StartsWith("inclus", XlsxWorkbook.About(about, "Agrégats"), StringComparison.Ordinal);
        var count = about.RowsUsed().First(r => r.Cell(1).GetString() == "Nombre de lignes").Cell(2);
        Assert.Equal(XLDataType.Number, count.DataType);
        Assert.Equal(expected, (long)count.GetDouble());
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), XlsxWorkbook.About(about, "Lignes extraites"));
    }

    [Fact]
    public async Task Pack_HasOneSheetPerDataset_EachAnExcelTable()
    {
        var request = ExtractRequest.ForPack("84") with { WithDepartements = true, Years = [2023] };
        var (result, bytes) = await warehouse.ExtractAsync(request);
        using var workbook = XlsxWorkbook.Open(bytes);

        Assert.Equal(
            ["Effectifs", "Âges", "Secteurs", "Exercices", "Honoraires", "Prescriptions", "Patientèle", "Dictionnaire", "À propos"],
            workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(7, result.Datasets.Count);
        foreach (var dataset in result.Datasets)
        {
            var sheet = workbook.Worksheet(result.Parts[result.Datasets.ToList().IndexOf(dataset)]);
            Assert.Equal(dataset.Rows, sheet.LastRowUsed().RowNumber() - XlsxWorkbook.HeaderRow(sheet));
            Assert.Single(sheet.Tables);
        }
        Assert.Equal(7, workbook.Worksheets.SelectMany(s => s.Tables).Select(t => t.Name).Distinct().Count());
        var national = await warehouse.CountAsync("SELECT COUNT(*) FROM fact_demographic_profile WHERE year = 2023");
        Assert.Equal(national, result.Datasets.Single(d => d.ShortName == "ages").Rows);
        Assert.Contains(workbook.Worksheet("Dictionnaire").RowsUsed(), r => r.Cell(1).GetString() == "Patientèle");
        Assert.Contains(workbook.Worksheet("À propos").RowsUsed(), r => r.Cell(2).GetString().StartsWith("Âges : ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pack_SaysSo_OnTheSheetOfADatasetWithoutRows()
    {
        var request = ExtractRequest.ForPack("D01") with { Years = [2024], Professions = ["Infirmiers"] };

        var (result, bytes) = await warehouse.ExtractAsync(request);
        using var workbook = XlsxWorkbook.Open(bytes);
        var patients = workbook.Worksheet("Patientèle");

        Assert.Equal(0, result.Datasets.Single(d => d.ShortName == "patientele").Rows);
        Assert.Empty(patients.Tables);
        Assert.Equal("Aucune ligne ne correspond à la sélection pour ce jeu de données.", patients.Cell(XlsxWorkbook.HeaderRow(patients) + 1, 1).GetString());
        Assert.True(result.Datasets.Single(d => d.ShortName == "honoraires").Rows > 0);
    }

    private async Task<XLWorkbook> FeesAraAsync() => XlsxWorkbook.Open((await warehouse.ExtractAsync(Requests.FeesAra())).Bytes);
}
