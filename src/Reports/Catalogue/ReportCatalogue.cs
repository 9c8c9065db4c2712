namespace Warehouse.Reports.Catalogue;

/// <summary>The type of a report parameter, as a form or an API shows it.</summary>
public enum ParameterKind
{
    Territory,
    Profession,
    Year,
    YearRange,
    Dataset,
    Format,
    Flag,
}

/// <summary>A typed report parameter: its name, kind, whether it is required, its default and what it means.</summary>
public sealed record ReportParameter(string Name, ParameterKind Kind, bool Required, string? Default, string Description);

/// <summary>A report of the catalogue: a name, a description, its parameters and the formats it renders to.</summary>
public sealed record ReportDefinition(string Name, string Title, string Description, IReadOnlyList<ReportParameter> Parameters, IReadOnlyList<string> Formats);

/// <summary>
/// The reports the service offers (command line now, portal and API next). Parameters are validated by
/// <see cref="TerritoryParameter"/>, <see cref="ProfessionParameter"/>, <see cref="YearParameter"/> and the extract parameters;
/// the default year is the latest loaded.
/// </summary>
public static class ReportCatalogue
{
    private static readonly ReportParameter LatestYear = new("year", ParameterKind.Year, false, null, "Année des données ; par défaut la dernière chargée.");

    public static ReportDefinition Territory { get; } = new("territory", "Briefing territorial",
        "Un département, une région ou la France : densités comparées, carte, tableau par profession, évolutions, activité, méthode.",
        [
            new("code", ParameterKind.Territory, true, null, "FR, R suivi du code de région (R84) ou code de département (2A, 971)."),
            LatestYear,
            new("map-profession", ParameterKind.Profession, false, "Ensemble des médecins généralistes", "Profession dont la densité colore la carte."),
        ], ["pdf", "xlsx"]);

    public static ReportDefinition Profession { get; } = new("profession", "Briefing profession",
        "Une profession ou un groupe : tendance nationale, carte des 101 départements avec l'outre-mer, classements, structure, activité.",
        [new("profession", ParameterKind.Profession, true, null, "Libellé publié, par exemple « Infirmiers »."), LatestYear], ["pdf"]);

    public static ReportDefinition Extract { get; } = new("extract", "Extraction",
        "Un jeu de données (ou toutes celles d'un territoire) filtré par années, territoires et professions, en Excel ou CSV.",
        [
            new("dataset", ParameterKind.Dataset, false, null, "effectifs, ages, secteurs, exercices, honoraires, prescriptions ou patientele ; absent pour un pack territorial."),
            new("years", ParameterKind.YearRange, false, null, "Années, par exemple 2019-2024 ; par défaut toutes."),
            new("territory", ParameterKind.Territory, false, null, "FR, R84, D01, codes ou libellés ; par défaut tous."),
            new("with-departements", ParameterKind.Flag, false, "false", "Une région amène ses départements."),
            new("profession", ParameterKind.Profession, false, null, "Libellés de professions ; par défaut toutes."),
            new("with-sub-professions", ParameterKind.Flag, false, "false", "Une profession amène celles qui la composent."),
            new("no-aggregates", ParameterKind.Flag, false, "false", "Retire les lignes d'agrégats (Ensemble des …, tout sexe, Tout âge)."),
            new("format", ParameterKind.Format, false, "xlsx", "xlsx ou csv (point-virgule, virgule décimale, UTF-8 avec BOM)."),
        ], ["xlsx", "csv"]);

    public static IReadOnlyList<ReportDefinition> All { get; } = [Territory, Profession, Extract];

    public static ReportDefinition? Find(string name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
