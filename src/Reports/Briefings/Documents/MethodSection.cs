using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>The last section of every briefing: definitions, the rules behind the words, data releases, schema version, generation time, licences.</summary>
internal static class MethodSection
{
    public static void AddTo(PdfReport report, BriefingStamp stamp)
    {
        report.Section("Méthode et sources");
        foreach (var paragraph in Definitions())
        {
            report.Add(TextBlock.FromMarkup(paragraph)).Add(new Spacer(4));
        }
        var releases = new DataTable(
        [
            new TableColumn("Jeu de données", 3f, TextAlignment.Left),
            new TableColumn("Données publiées le", 1.3f),
            new TableColumn("Chargé le", 1.3f),
            new TableColumn("Licence", 2f, TextAlignment.Left),
        ]);
        foreach (var release in stamp.Releases)
        {
            releases.AddRow(release.Title + (release.IsSynthetic ? " (synthétique)" : ""),
                release.ReleaseDate ?? (release.SourceKind == "file" ? "non indiquée (fichier déposé à la main)" : "non indiquée"),
                release.LoadedDate ?? CellText.Absent, release.LicenseText);
        }
        report.Add(new Spacer(6)).Add(releases).Add(new Spacer(6));
        report.Add(new TextBlock(
            $"Version du schéma : {stamp.SchemaVersion}. Document généré le {FrenchFormat.ParisDateTime(stamp.GeneratedAt)}. " +
            (stamp.IsSynthetic ? "Données : synthétiques, au format de data.ameli.fr (Data Professionnels de santé libéraux) ; elles ne viennent pas de la Cnam. " : "Source des données : Cnam, data.ameli.fr (Data Professionnels de santé libéraux). ") +
            $"Fonds de carte : {GeoAttribution.Caption}, Licence Ouverte / Open Licence (Etalab). Police : DejaVu Sans."));
        if (stamp.IsSynthetic)
        {
            report.Add(new Spacer(4)).Add(TextBlock.FromMarkup(
                "**Données synthétiques** : les chiffres de ce document sont inventés (échantillon généré par Warehouse), calibrés sur quelques totaux nationaux publiés. Ils ne décrivent aucun territoire réel."));
        }
    }

    private static IEnumerable<string> Definitions() =>
    [
        "**Densité** : nombre de praticiens libéraux pour 100 000 personnes de la population de référence de la Cnam, telle que publiée (non recalculée) : " +
            "les habitants, sauf pour " + string.Join(", ", DensityBases.Exceptions.Select(e => $"les {e.Key.ToLowerInvariant()} (pour 100 000 {e.Value})")) + ".",
        $"**Marques** : **{CellText.Secret}** {CellText.SecretNote} ; **{CellText.NotApplicable}** {CellText.NotApplicableNote} ; **{CellText.Absent}** {CellText.AbsentNote}. " +
            "Sur les cartes, les trois cas ont chacun leur motif, expliqué dans la légende.",
        "**Secteurs conventionnels** : secteur 1 (tarifs conventionnels), secteur 2 (dépassements autorisés), avec ou sans adhésion à l'Optam depuis 2013 ; avant 2013, le secteur 2 n'est pas détaillé. " +
            "La part du secteur 2 est calculée sur tous les spécialistes du jeu « secteurs conventionnels », non conventionnés compris.",
        "**Exercice** : libéral exclusif, ou mixte (libéral et salarié). **Part des dépassements** : dépassements ÷ (honoraires sans dépassement + dépassements), sommes de l'ensemble des praticiens du groupe.",
        "**Évolutions** : variation en pourcentage entre l'année de base nommée (au plus cinq ans avant, la plus ancienne chargée) et l'année du document, toujours signée ; " +
            "sous une densité, c'est la variation de la densité ; dans le tableau par profession, celle de l'effectif. " +
            $"Sans année de base chargée, l'évolution est « {CellText.Absent} » et aucune flèche n'est dessinée. Mots et flèches suivent une règle fixe : {TrendArrows.RuleText}. " +
            $"Un écart à la moyenne nationale inférieur à {FrenchFormat.Number(TrendArrows.StableWithin)} % est dit « proche ».",
        "**Comparaisons** : un territoire n'est jamais comparé à lui-même : pas de colonne région pour une région ou un département d'outre-mer (qui est sa propre région), ni France pour la France. " +
            "Les totaux (« Ensemble des … », régions, France) sont ceux publiés : ils ne sont jamais recalculés par addition.",
        "**Parts** : 60 ans et plus parmi les praticiens d'âge connu ; femmes parmi les praticiens de sexe connu.",
    ];
}
