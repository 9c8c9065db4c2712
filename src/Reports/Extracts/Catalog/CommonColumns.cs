namespace Warehouse.Reports.Extracts.Catalog;

/// <summary>The leading columns shared by the datasets: year, profession (with its hierarchy), territory.</summary>
internal static class CommonColumns
{
    public const string MeanNote = "moyenne par praticien, ne pas sommer";
    public const string AggregateNote = "oui : la ligne totalise d'autres lignes (« Ensemble des … ») : ne pas l'additionner avec elles";

    public static IReadOnlyList<ExtractColumn> Profession { get; } =
    [
        new("year", "Année", ColumnKind.Identifier, "Année des données (situation au 31 décembre ou activité de l'année)", SourceField: "annee"),
        new("profession_family", "Famille de professions", ColumnKind.Text, "Famille de la profession (médecins, chirurgiens-dentistes, sages-femmes, auxiliaires médicaux)"),
        new("profession_group", "Groupe de professions", ColumnKind.Text, "Groupe de la profession (médecins généralistes, médecins spécialistes) ; vide au niveau famille"),
        new("profession_key", "Code profession", ColumnKind.Identifier, "Clé de la profession dans l'entrepôt (dim_profession), utilisable comme filtre",
            Notes: "code propre à l'entrepôt : data.ameli publie le libellé seul"),
        new("profession", "Profession", ColumnKind.Text, "Profession de santé telle que publiée", SourceField: "profession_sante"),
        new("profession_is_aggregate", "Agrégat de professions", ColumnKind.Flag, "La profession est-elle un regroupement d'autres professions ?", Notes: AggregateNote),
    ];

    public static IReadOnlyList<ExtractColumn> Territory { get; } =
    [
        new("territory_level", "Niveau territorial", ColumnKind.TerritoryLevel, "France, région ou département"),
        new("region_code", "Code région", ColumnKind.Code, "Code INSEE de la région", SourceField: "region", Notes: "99 : France entière"),
        new("region", "Région", ColumnKind.Text, "Libellé de la région", SourceField: "libelle_region"),
        new("departement_code", "Code département", ColumnKind.Code, "Code INSEE du département", SourceField: "departement",
            Notes: "999 : tous départements (ligne régionale ou nationale)"),
        new("territory", "Territoire", ColumnKind.Text, "Libellé du territoire de la ligne : département, région ou France", SourceField: "libelle_departement / libelle_region"),
    ];

    public static IReadOnlyList<ExtractColumn> ProfessionAndTerritory { get; } = [.. Profession, .. Territory];
}
