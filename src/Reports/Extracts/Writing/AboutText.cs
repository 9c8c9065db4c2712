using System.Globalization;
using System.Text;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>The wording of the "À propos" content, shared by the XLSX sheet and a CSV pack's a_propos.txt.</summary>
internal static class AboutText
{
    private static readonly NumberFormatInfo French = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>"28 novembre 2026 à 18:30 (heure de Paris)", or in UTC where the time zone database is missing.</summary>
    public static string Timestamp(DateTimeOffset value) => Rendering.FrenchFormat.ParisDateTime(value);

    /// <summary>"1 048 575".</summary>
    public static string Number(long value) => value.ToString("#,##0", French);

    public static string DatasetHeading(AboutDataset dataset) =>
        $"Jeu de données : {dataset.Release?.Title ?? dataset.Dataset.SheetName}";

    public static IReadOnlyList<(string Label, string Value)> Release(AboutDataset dataset)
    {
        var release = dataset.Release;
        return
        [
            ("Identifiant data.ameli", dataset.Dataset.Id),
            ("Nom court", dataset.Dataset.ShortName),
            ("Licence", release?.LicenseText ?? "jeu jamais chargé"),
            ("Données publiées le", release is null ? "jeu jamais chargé"
                : release.ReleaseDate ?? (release.SourceKind == "file" ? "non indiquée (fichier déposé à la main)" : "non indiquée par la source")),
            ("Chargé dans l'entrepôt le", release?.LoadedDate ?? "jeu jamais chargé"),
            ("Empreinte du fichier (SHA-256)", release?.Sha256 ?? "inconnue"),
            ("Données synthétiques", release?.IsSynthetic == true ? "oui — " + ExtractAbout.SyntheticMark : "non"),
            (dataset.Parts.Count > 1 ? "Feuilles" : "Feuille ou fichier", string.Join(", ", dataset.Parts)),
        ];
    }

    /// <summary>The whole content as plain text lines (a_propos.txt of a CSV pack).</summary>
    public static string PlainText(ExtractAbout about)
    {
        var text = new StringBuilder();
        if (about.IsSynthetic)
        {
            text.Append(ExtractAbout.SyntheticBanner).Append("\r\n\r\n");
        }
        text.Append(about.Title).Append("\r\n\r\n");
        Pair(text, "Source", about.SourceText);
        Pair(text, "Généré le", Timestamp(about.GeneratedAt));
        Pair(text, "Version du schéma", about.SchemaVersion);
        Pair(text, "Nombre de lignes", Number(about.TotalRows));
        text.Append("\r\nFiltres\r\n");
        foreach (var (label, value) in about.Filters)
        {
            Pair(text, label, value);
        }
        foreach (var dataset in about.Datasets)
        {
            text.Append("\r\n").Append(DatasetHeading(dataset)).Append("\r\n");
            foreach (var (label, value) in Release(dataset))
            {
                Pair(text, label, value);
            }
            Pair(text, "Lignes extraites", Number(dataset.Rows));
        }
        text.Append("\r\nRemarques\r\n");
        foreach (var note in about.Notes)
        {
            text.Append("- ").Append(note).Append("\r\n");
        }
        return text.ToString();
    }

    private static void Pair(StringBuilder text, string label, string value) => text.Append(label).Append(" : ").Append(value).Append("\r\n");
}
