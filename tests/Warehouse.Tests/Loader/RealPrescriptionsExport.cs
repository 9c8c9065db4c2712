using System.Text;
using Warehouse.Core.Dimensions;
using Warehouse.Loader.Datasets;

namespace Warehouse.Tests.Loader;

/// <summary>
/// The verbatim data.ameli prescriptions export of Fixtures/Real (a column subset), and that export widened to the whole
/// 15-column schema: the real fields unchanged and in place, the missing columns filled from the reference tables
/// (Fixtures/Real/README.md says how).
/// </summary>
internal static class RealPrescriptionsExport
{
    public const string FileName = "prescriptions-api-export-subset.csv";

    public static string VerbatimPath { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Real", FileName);

    /// <summary>
    /// Writes the widened file as <paramref name="path"/>; <paramref name="postLabel"/> may change the label written for a
    /// post code (to make a file that contradicts an earlier one).
    /// </summary>
    public static async Task WriteWidenedAsync(string path, Func<string, string, string>? postLabel = null)
    {
        var reference = await EmbeddedReferenceDimensions.LoadAsync();
        var regionLabels = reference.Territories.Where(t => !t.IsDepartement).ToDictionary(t => t.RegionCode, t => t.RegionLabel);
        var postLabels = reference.PrescriptionPosts.ToDictionary(p => p.SourceCode!, p => p.Label);
        var lines = (await File.ReadAllTextAsync(VerbatimPath, Encoding.UTF8)).TrimStart('\uFEFF').Split("\r\n");
        var header = lines[0].Split(';');
        int Field(string name) => Array.IndexOf(header, name);
        var text = new StringBuilder("\uFEFF").Append(string.Join(';', DatasetCatalog.Prescriptions.CsvColumns)).Append("\r\n");
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var real = line.Split(';');
            string Real(string name) => real[Field(name)];
            var profession = Real("profession_sante");
            var post = Real("poste_prescription");
            var twin = Real("montant_total_prescription_integer");
            var flag = profession.StartsWith("Ensemble des ", StringComparison.Ordinal) ? "non" : "oui";
            var label = postLabels[post];
            string[] row =
            [
                Real("annee"), profession, Real("region"), regionLabels[Real("region")], Real("departement"), Real("libelle_departement"),
                post, postLabel?.Invoke(post, label) ?? label, twin.Length == 0 ? "NS" : twin, "", flag, flag, flag, twin, "",
            ];
            text.Append(string.Join(';', row)).Append("\r\n");
        }
        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false));
    }
}
