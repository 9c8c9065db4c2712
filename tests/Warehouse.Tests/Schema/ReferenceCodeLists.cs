namespace Warehouse.Tests.Schema;

/// <summary>The closed label lists of docs/data-format.md (§1, §4, §5) and of the published files, copied verbatim.</summary>
internal static class ReferenceCodeLists
{
    /// <summary>§5.1, in the reference's numbering (which is also the profession key).</summary>
    public static IReadOnlyList<string> ProfessionLabels { get; } =
    [
        "Ensemble des médecins",
        "Ensemble des médecins généralistes",
        "Médecins généralistes (hors médecins à expertise particulière - MEP)",
        "Médecins généralistes à expertise particulière (MEP)",
        "Ensemble des médecins spécialistes (hors généralistes)",
        "Allergologues",
        "Anesthésistes-réanimateurs",
        "Cardiologues",
        "Chirurgiens",
        "Dermatologues",
        "Endocrinologues",
        "Gynécologues médicaux et obstétriciens",
        "Hépato-gastro-entérologues",
        "Médecins nucléaires",
        "Médecins pathologistes",
        "Médecins vasculaires",
        "Neurologues",
        "Néphrologues",
        "Ophtalmologues",
        "Oto-rhino-laryngologistes",
        "Pneumologues",
        "Psychiatres",
        "Pédiatres",
        "Radiologues",
        "Radiothérapeutes",
        "Rhumatologues",
        "Stomatologues",
        "Autres médecins",
        "Ensemble des chirurgiens-dentistes",
        "Chirurgiens-dentistes (hors spécialistes d'orthopédie dento-faciale - ODF)",
        "Chirurgiens-dentistes spécialistes d'orthopédie dento-faciale (ODF)",
        "Sages-femmes",
        "Ensemble des auxiliaires médicaux",
        "Infirmiers",
        "Masseurs-kinésithérapeutes",
        "Orthophonistes",
        "Orthoptistes",
        "Pédicures-podologues",
    ];

    /// <summary>§5.1: the five <c>Ensemble des …</c> labels; <c>Sages-femmes</c> is a family root but not an aggregate.</summary>
    public static IReadOnlySet<string> ProfessionAggregates { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ensemble des médecins",
        "Ensemble des médecins généralistes",
        "Ensemble des médecins spécialistes (hors généralistes)",
        "Ensemble des chirurgiens-dentistes",
        "Ensemble des auxiliaires médicaux",
    };

    /// <summary>§5.2 without the national <c>99</c>.</summary>
    public static IReadOnlySet<string> RegionCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94",
    };

    /// <summary>§3.2: the DROM have their own région codes.</summary>
    public static IReadOnlySet<string> DromRegionCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "01", "02", "03", "04", "06" };

    /// <summary>§5.3: the five DROM départements.</summary>
    public static IReadOnlySet<string> DromDepartementCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "971", "972", "973", "974", "976" };

    /// <summary>§5.3: <c>01</c>…<c>19</c>, <c>21</c>…<c>95</c>, <c>2A</c>, <c>2B</c>, <c>971</c>…<c>974</c>, <c>976</c>: 101 codes, no <c>20</c>, no <c>975</c>.</summary>
    public static IReadOnlySet<string> DepartementCodes { get; } = Enumerable.Range(1, 95)
        .Where(number => number != 20)
        .Select(number => number.ToString("00", System.Globalization.CultureInfo.InvariantCulture))
        .Concat(["2A", "2B"])
        .Concat(DromDepartementCodes)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>§5.4, in band order; <c>Tout âge</c> is the aggregate.</summary>
    public static IReadOnlyList<string> AgeBandLabels { get; } =
    [
        "moins de 25 ans", "de 25 à 29 ans", "de 30 à 34 ans", "de 35 à 39 ans", "de 40 à 44 ans", "de 45 à 49 ans",
        "de 50 à 54 ans", "de 55 à 59 ans", "de 60 à 64 ans", "de 65 à 69 ans", "70 ans et plus", "âge inconnu", "Tout âge",
    ];

    /// <summary>§5.5; <c>tout sexe</c> is the aggregate.</summary>
    public static IReadOnlyList<string> SexLabels { get; } = ["femmes", "hommes", "sexe inconnu", "tout sexe"];

    /// <summary>§5.8; <c>total postes de prescriptions</c> is the aggregate.</summary>
    public static IReadOnlyList<string> PrescriptionPostLabels { get; } =
    [
        "médicaments", "biologie", "dispositifs médicaux inscrits à la liste des produits et prestations (LPP)",
        "indemnités journalières", "kinésithérapie", "soins infirmiers", "transports des malades", "autres",
        "total postes de prescriptions",
    ];

    /// <summary>§5.7.</summary>
    public static IReadOnlyList<string> PracticeTypeLabels { get; } = ["libéral exclusif", "libéral mixte"];
}
