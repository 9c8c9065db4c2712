using static Warehouse.Reports.Extracts.Catalog.ColumnKind;

namespace Warehouse.Reports.Extracts.Catalog;

/// <summary>
/// The seven datasets of "Data Professionnels de santé libéraux" as extracts: one rpt_* view each (migration 0006), with
/// readable French headers, codes beside labels and a status column beside every measure.
/// </summary>
internal static class ExtractCatalog
{
    private const string YearProfessionTerritory = "v.year, v.profession_key, v.territory_key";

    public static ExtractDataset HeadcountDensity { get; } = new(
        "demographie-effectifs-et-les-densites", "effectifs", "Effectifs", "Effectifs", "rpt_headcount_density", "fact_headcount_density", false,
        [
            .. CommonColumns.ProfessionAndTerritory,
            new("age_band", "Classe d'âge", Text, "Classe d'âge des praticiens", SourceField: "libelle_classe_age"),
            new("sex", "Sexe", Text, "Sexe des praticiens", SourceField: "libelle_sexe", Notes: "« tout sexe » totalise les autres lignes"),
            .. ExtractColumn.Measure("headcount", "Effectif", WholeMeasure, "Nombre de praticiens libéraux", "praticiens", "effectif"),
            .. ExtractColumn.Measure("density", "Densité", DecimalMeasure, "Praticiens pour 100 000 habitants, telle que publiée", "pour 100 000 habitants", "densite",
                "ne pas sommer : recalculer à partir des effectifs et de la population", ExtractColumn.TwoDecimalsFormat),
        ],
        ["profession_is_aggregate", "age_band_is_aggregate", "sex_is_aggregate"],
        "LEFT JOIN dim_age_band o1 ON o1.label = v.age_band LEFT JOIN dim_sex o2 ON o2.label = v.sex",
        YearProfessionTerritory + ", o1.sort_order, o2.sort_order");

    public static ExtractDataset DemographicProfile { get; } = new(
        "demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans", "ages", "Âges", "Ages", "rpt_demographic_profile", "fact_demographic_profile", true,
        [
            .. CommonColumns.Profession,
            .. ExtractColumn.Measure("share_women", "Part des femmes", DecimalMeasure, "Part des femmes parmi les praticiens", "%", "part_femmes", "part, ne pas sommer"),
            .. ExtractColumn.Measure("share_men", "Part des hommes", DecimalMeasure, "Part des hommes parmi les praticiens", "%", "part_hommes", "part, ne pas sommer"),
            .. ExtractColumn.Measure("share_60_plus", "Part des 60 ans et plus", DecimalMeasure, "Part des praticiens âgés de 60 ans ou plus", "%", "part_des_60_ans_et_plus", "part, ne pas sommer"),
            .. ExtractColumn.Measure("share_under_60", "Part des moins de 60 ans", DecimalMeasure, "Part des praticiens de moins de 60 ans", "%", "part_des_moins_de_60_ans", "part, ne pas sommer"),
            .. ExtractColumn.Measure("mean_age", "Âge moyen", WholeMeasure, "Âge moyen des praticiens", "ans", "age_moyen_global", "moyenne, ne pas sommer"),
            .. ExtractColumn.Measure("mean_age_women", "Âge moyen des femmes", WholeMeasure, "Âge moyen des praticiennes", "ans", "age_moyen_femmes", "moyenne, ne pas sommer"),
            .. ExtractColumn.Measure("mean_age_men", "Âge moyen des hommes", WholeMeasure, "Âge moyen des praticiens hommes", "ans", "age_moyen_hommes", "moyenne, ne pas sommer"),
        ],
        ["profession_is_aggregate"],
        string.Empty,
        "v.year, v.profession_key");

    public static ExtractDataset HeadcountBySector { get; } = new(
        "demographie-secteurs-conventionnels", "secteurs", "Secteurs", "Secteurs", "rpt_headcount_by_sector", "fact_headcount_by_sector", false,
        [
            .. CommonColumns.ProfessionAndTerritory,
            new("sector_code", "Code secteur conventionnel", Code, "Code du secteur conventionnel", SourceField: "secteur_conventionnel"),
            new("sector", "Secteur conventionnel", Text, "Secteur conventionnel des praticiens", SourceField: "libelle_secteur_conventionnel",
                Notes: "secteur 2 scindé en Optam / hors Optam à partir de 2013"),
            .. ExtractColumn.Measure("headcount", "Effectif", WholeMeasure, "Nombre de praticiens libéraux du secteur", "praticiens", "effectif"),
        ],
        ["profession_is_aggregate"],
        string.Empty,
        YearProfessionTerritory + ", v.sector_code");

    public static ExtractDataset HeadcountByPracticeType { get; } = new(
        "demographie-exercices-liberaux", "exercices", "Exercices", "Exercices", "rpt_headcount_by_practice_type", "fact_headcount_by_practice_type", false,
        [
            .. CommonColumns.ProfessionAndTerritory,
            new("practice_type_code", "Code type d'exercice", Code, "Code du type d'exercice libéral", SourceField: "type_exercice_liberal"),
            new("practice_type", "Type d'exercice", Text, "Libéral exclusif ou mixte (libéral et salarié)", SourceField: "libelle_type_exercice_liberal"),
            .. ExtractColumn.Measure("headcount", "Effectif", WholeMeasure, "Nombre de praticiens libéraux de ce type d'exercice", "praticiens", "effectif"),
        ],
        ["profession_is_aggregate"],
        string.Empty,
        YearProfessionTerritory + ", v.practice_type_code");

    public static ExtractDataset Fees { get; } = new(
        "honoraires", "honoraires", "Honoraires", "Honoraires", "rpt_fees", "fact_fees", false,
        [
            .. CommonColumns.ProfessionAndTerritory,
            .. ExtractColumn.Measure("tariff_fees_total", "Honoraires sans dépassement, total", WholeMeasure,
                "Total des honoraires hors dépassements de l'année", "€", "hono_sans_depassement_totaux"),
            .. ExtractColumn.Measure("extra_billing_total", "Dépassements, total", WholeMeasure,
                "Total des dépassements d'honoraires de l'année", "€", "depassements_totaux"),
            .. ExtractColumn.Measure("tariff_fees_mean", "Honoraires sans dépassement, moyenne", DecimalMeasure,
                "Honoraires hors dépassements par praticien", "€ par praticien", "hono_sans_depassement_moyens", CommonColumns.MeanNote, ExtractColumn.WholeFormat),
            .. ExtractColumn.Measure("extra_billing_mean", "Dépassements, moyenne", DecimalMeasure,
                "Dépassements d'honoraires par praticien", "€ par praticien", "depassements_moyens", CommonColumns.MeanNote, ExtractColumn.WholeFormat),
            .. ExtractColumn.Measure("extra_billing_rate_s2", "Taux de dépassement secteur 2", DecimalMeasure,
                "Dépassements rapportés aux honoraires sans dépassement, praticiens de secteur 2", "%", "taux_depassement_s2", "taux, ne pas sommer"),
            .. ExtractColumn.Measure("extra_billing_rate_s2_non_optam", "Taux de dépassement secteur 2 hors Optam", DecimalMeasure,
                "Taux de dépassement des praticiens de secteur 2 non adhérents à l'Optam", "%", "taux_depassement_s2_non_optam", "taux, ne pas sommer"),
            .. ExtractColumn.Measure("extra_billing_rate_s2_optam", "Taux de dépassement secteur 2 Optam", DecimalMeasure,
                "Taux de dépassement des praticiens de secteur 2 adhérents à l'Optam", "%", "taux_depassement_s2_optam", "taux, ne pas sommer"),
            new("source_taux_depassement", "Taux de dépassement (champ source)", Text, "Valeur du champ « taux_depassement » telle que publiée",
                SourceField: "taux_depassement"),
        ],
        ["profession_is_aggregate"],
        string.Empty,
        YearProfessionTerritory);

    public static ExtractDataset Prescriptions { get; } = new(
        "prescriptions", "prescriptions", "Prescriptions", "Prescriptions", "rpt_prescriptions", "fact_prescriptions", false,
        [
            .. CommonColumns.ProfessionAndTerritory,
            new("prescription_post_code", "Code poste de prescription", Code, "Code du poste de prescription", SourceField: "poste_prescription"),
            new("prescription_post", "Poste de prescription", Text, "Poste de prescription", SourceField: "libelle_poste_prescription",
                Notes: "« total postes de prescriptions » totalise les autres postes"),
            .. ExtractColumn.Measure("amount_total", "Montant total prescrit", DecimalMeasure, "Montant total des prescriptions de l'année", "€",
                "montant_total_prescription", format: ExtractColumn.WholeFormat),
            .. ExtractColumn.Measure("amount_mean", "Montant moyen prescrit", DecimalMeasure, "Montant des prescriptions par praticien", "€ par praticien",
                "montant_moyen_prescription", CommonColumns.MeanNote, ExtractColumn.WholeFormat),
        ],
        ["profession_is_aggregate", "prescription_post_is_aggregate"],
        string.Empty,
        YearProfessionTerritory + ", v.prescription_post_code");

    public static ExtractDataset Patients { get; } = new(
        "patientele", "patientele", "Patientèle", "Patientele", "rpt_patients", "fact_patients", false,
        [
            .. CommonColumns.ProfessionAndTerritory,
            .. ExtractColumn.Measure("patients_seen_mean", "Patients uniques, moyenne", DecimalMeasure, "Patients différents vus dans l'année, par praticien",
                "patients par praticien", "nombre_patients_uniques", CommonColumns.MeanNote),
            .. ExtractColumn.Measure("referring_patients_mean", "Patients médecin traitant, moyenne", DecimalMeasure,
                "Patients ayant déclaré le praticien comme médecin traitant, par praticien", "patients par praticien", "nombre_patients_medecin_traitant",
                CommonColumns.MeanNote),
        ],
        ["profession_is_aggregate"],
        string.Empty,
        YearProfessionTerritory);

    public static IReadOnlyList<ExtractDataset> All { get; } =
        [HeadcountDensity, DemographicProfile, HeadcountBySector, HeadcountByPracticeType, Fees, Prescriptions, Patients];

    /// <summary>The dataset named by its short name or data.ameli id (case-insensitive), or null.</summary>
    public static ExtractDataset? Find(string idOrShortName) =>
        All.FirstOrDefault(d => string.Equals(d.ShortName, idOrShortName.Trim(), StringComparison.OrdinalIgnoreCase)
                             || string.Equals(d.Id, idOrShortName.Trim(), StringComparison.OrdinalIgnoreCase));
}
