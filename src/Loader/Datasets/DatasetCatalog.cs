namespace Warehouse.Loader.Datasets;

/// <summary>
/// The seven datasets of "Data Professionnels de santé libéraux", with their exact CSV columns (field names, in the
/// order of the export schema) — see docs/data-format.md.
/// </summary>
public static class DatasetCatalog
{
    public static readonly string[] TerritoryColumns = ["region", "libelle_region", "departement", "libelle_departement"];
    public static readonly string[] DisplayFlagColumns = ["vision_generale_all", "vision_generale_prescriptions", "vision_profession_territoire"];

    public static DatasetDefinition HeadcountDensity { get; } = new(
        "demographie-effectifs-et-les-densites", "effectifs", "stg_headcount_density", "fact_headcount_density", true,
        [
            new(CodedDimension.AgeBand, "classe_age", "libelle_classe_age", "age_band_key"),
            new(CodedDimension.Sex, null, "libelle_sexe", "sex_key"),
        ],
        [new("effectif", "headcount", MeasureKind.WholeNumber, true), new("densite", "density", MeasureKind.DecimalNumber, false)],
        ["annee", "profession_sante", .. TerritoryColumns, "classe_age", "libelle_classe_age", "libelle_sexe", "effectif", "densite", .. DisplayFlagColumns]);

    public static DatasetDefinition DemographicProfile { get; } = new(
        "demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans", "ages", "stg_demographic_profile", "fact_demographic_profile", false,
        [],
        [
            new("part_femmes", "share_women", MeasureKind.DecimalNumber, false),
            new("part_hommes", "share_men", MeasureKind.DecimalNumber, false),
            new("part_des_60_ans_et_plus", "share_60_plus", MeasureKind.DecimalNumber, false),
            new("part_des_moins_de_60_ans", "share_under_60", MeasureKind.DecimalNumber, false),
            new("age_moyen_global", "mean_age", MeasureKind.WholeNumber, true),
            new("age_moyen_femmes", "mean_age_women", MeasureKind.WholeNumber, true),
            new("age_moyen_hommes", "mean_age_men", MeasureKind.WholeNumber, true),
        ],
        ["annee", "profession_sante", "part_femmes", "part_hommes", "part_des_60_ans_et_plus", "part_des_moins_de_60_ans",
         "age_moyen_global", "age_moyen_femmes", "age_moyen_hommes", .. DisplayFlagColumns]);

    public static DatasetDefinition HeadcountBySector { get; } = new(
        "demographie-secteurs-conventionnels", "secteurs", "stg_headcount_by_sector", "fact_headcount_by_sector", true,
        [new(CodedDimension.Sector, "secteur_conventionnel", "libelle_secteur_conventionnel", "sector_key")],
        [new("effectif", "headcount", MeasureKind.WholeNumber, true)],
        ["annee", "profession_sante", .. TerritoryColumns, "secteur_conventionnel", "libelle_secteur_conventionnel", "effectif", .. DisplayFlagColumns]);

    public static DatasetDefinition HeadcountByPracticeType { get; } = new(
        "demographie-exercices-liberaux", "exercices", "stg_headcount_by_practice_type", "fact_headcount_by_practice_type", true,
        [new(CodedDimension.PracticeType, "type_exercice_liberal", "libelle_type_exercice_liberal", "practice_type_key")],
        [new("effectif", "headcount", MeasureKind.WholeNumber, true)],
        ["annee", "profession_sante", .. TerritoryColumns, "type_exercice_liberal", "libelle_type_exercice_liberal", "effectif", .. DisplayFlagColumns]);

    public static DatasetDefinition Fees { get; } = new(
        "honoraires", "honoraires", "stg_fees", "fact_fees", true,
        [],
        [
            new("hono_sans_depassement_totaux", "tariff_fees_total", MeasureKind.WholeNumber, true),
            new("depassements_totaux", "extra_billing_total", MeasureKind.WholeNumber, true),
            new("hono_sans_depassement_moyens", "tariff_fees_mean", MeasureKind.DecimalNumber, true),
            new("depassements_moyens", "extra_billing_mean", MeasureKind.DecimalNumber, true),
            new("taux_depassement_s2", "extra_billing_rate_s2", MeasureKind.DecimalNumber, false),
            new("taux_depassement_s2_non_optam", "extra_billing_rate_s2_non_optam", MeasureKind.DecimalNumber, false),
            new("taux_depassement_s2_optam", "extra_billing_rate_s2_optam", MeasureKind.DecimalNumber, false),
        ],
        ["annee", "profession_sante", .. TerritoryColumns, "hono_sans_depassement_totaux", "depassements_totaux", "hono_sans_depassement_moyens",
         "depassements_moyens", "taux_depassement_s2", "taux_depassement_s2_non_optam", "taux_depassement_s2_optam", .. DisplayFlagColumns,
         "taux_depassement", "hono_sans_depassement_totaux_integer", "depassements_totaux_integer", "hono_sans_depassement_moyens_integer",
         "depassements_moyens_integer", "taux_depassement_s2_integer", "taux_depassement_s2_non_optam_integer", "taux_depassement_s2_optam_integer",
         "totaux_integer", "moyens_integer"])
    {
        StoredTextColumns = new Dictionary<string, string> { ["taux_depassement"] = "source_taux_depassement" },
    };

    public static DatasetDefinition Prescriptions { get; } = new(
        "prescriptions", "prescriptions", "stg_prescriptions", "fact_prescriptions", true,
        [new(CodedDimension.PrescriptionPost, "poste_prescription", "libelle_poste_prescription", "prescription_post_key")],
        [new("montant_total_prescription", "amount_total", MeasureKind.DecimalNumber, true), new("montant_moyen_prescription", "amount_mean", MeasureKind.DecimalNumber, true)],
        ["annee", "profession_sante", .. TerritoryColumns, "poste_prescription", "libelle_poste_prescription", "montant_total_prescription",
         "montant_moyen_prescription", .. DisplayFlagColumns, "montant_total_prescription_integer", "montant_moyen_prescription_integer"]);

    public static DatasetDefinition Patients { get; } = new(
        "patientele", "patientele", "stg_patients", "fact_patients", true,
        [],
        [new("nombre_patients_uniques", "patients_seen_mean", MeasureKind.DecimalNumber, true), new("nombre_patients_medecin_traitant", "referring_patients_mean", MeasureKind.DecimalNumber, true)],
        ["annee", "profession_sante", .. TerritoryColumns, "nombre_patients_uniques", "nombre_patients_medecin_traitant", .. DisplayFlagColumns,
         "patients_medecin_traitant_integer", "patients_uniques_integer"]);

    public static IReadOnlyList<DatasetDefinition> All { get; } =
        [HeadcountDensity, DemographicProfile, HeadcountBySector, HeadcountByPracticeType, Fees, Prescriptions, Patients];

    /// <summary>Finds a dataset by its data.ameli id or short name (as on the command line).</summary>
    public static DatasetDefinition? Find(string idOrShortName) =>
        All.FirstOrDefault(d => string.Equals(d.Id, idOrShortName, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(d.ShortName, idOrShortName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Browser downloads label two columns differently; everything else is the field name. Two API clients of
    /// demographie-exercices-liberaux name the territory column code_departement (docs/data-format.md): both are accepted.
    /// </summary>
    public static string FieldNameOf(string header) => header switch
    {
        "vision generale all" => "vision_generale_all",
        "vision profession territoire" => "vision_profession_territoire",
        "code_departement" => "departement",
        _ => header,
    };

    /// <summary>The header a browser download writes for a field (the inverse of <see cref="FieldNameOf"/>).</summary>
    public static string BrowserLabelOf(string fieldName) => fieldName switch
    {
        "vision_generale_all" => "vision generale all",
        "vision_profession_territoire" => "vision profession territoire",
        _ => fieldName,
    };
}
