using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>The last section of every briefing: definitions, data releases, schema version, generation time, licences.</summary>
internal static class MethodSection
{
    public static void AddTo(PdfReport report, BriefingStamp stamp)
    {
        report.Section("Méthode et sources", newPage: true);
        foreach (var paragraph in Definitions)
        {
            report.Add(TextBlock.FromMarkup(paragraph)).Add(new Spacer(4));
        }
        var releases = new DataTable(
        [
            new TableColumn("Jeu de données", 3.2f, TextAlignment.Left),
            new TableColumn("Publication", 1.1f),
            new TableColumn("Chargé le", 1.3f),
            new TableColumn("Licence", 1.6f, TextAlignment.Left),
        ]);
        foreach (var release in stamp.Releases)
        {
            releases.AddRow(release.Title + (release.IsSynthetic ? " (synthétique)" : ""), release.Label,
                release.LoadedAt is { Length: >= 10 } loaded ? loaded[..10] : "", release.License ?? "non indiquée");
        }
        report.Add(new Spacer(6)).Add(releases).Add(new Spacer(6));
        report.Add(new TextBlock(
            $"Version du schéma : {stamp.SchemaVersion}. Document généré le {FrenchFormat.DateTime(stamp.GeneratedAt.ToLocalTime())}. " +
            "Source des données : Cnam, data.ameli.fr (Data Professionnels de santé libéraux). " +
            $"Fonds de carte : {GeoAttribution.Caption}, Licence Ouverte / Open Licence (Etalab). Police : DejaVu Sans."));
        if (stamp.IsSynthetic)
        {
            report.Add(new Spacer(4)).Add(TextBlock.FromMarkup(
                "**Données synthétiques** : les chiffres de ce document sont inventés (échantillon généré par Warehouse), calibrés sur quelques totaux nationaux publiés. Ils ne décrivent aucun territoire réel."));
        }
    }

    private static readonly string[] Definitions =
    [
        "**Densité** : nombre de praticiens libéraux pour 100 000 habitants, telle que publiée par la Cnam (non recalculée).",
        "**Secret statistique (s)** : valeur non publiée (NS) car portant sur trop peu de praticiens. **Non concerné (–)** : la mesure n'a pas de sens pour cette profession ou ce territoire (NC), ou n'est pas publiée.",
        "**Secteurs conventionnels** : secteur 1 (tarifs conventionnels), secteur 2 (dépassements autorisés), avec ou sans adhésion à l'Optam depuis 2013 ; avant 2013, le secteur 2 n'est pas détaillé.",
        "**Exercice** : libéral exclusif, ou mixte (libéral et salarié). **Dépassements** : part des dépassements dans les honoraires totaux (honoraires sans dépassement + dépassements).",
        "**Évolutions** : variations des effectifs entre deux années, en pourcentage. Les totaux (« Ensemble des … », régions, France) sont ceux publiés : ils ne sont jamais recalculés par addition.",
        "**Parts** : 60 ans et plus parmi les praticiens d'âge connu ; femmes parmi les praticiens de sexe connu.",
    ];
}
