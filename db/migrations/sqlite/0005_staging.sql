-- Grain: one row per parsed line of the file being loaded, per dataset; values parsed and keys resolved by the loader, constraints checked set-wise by db/transforms.

-- Grain: one row per parsed line of a demographie-effectifs-et-les-densites file being loaded (line_number is the file line of the record).
CREATE TABLE stg_headcount_density (
    load_file_id INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    profession_key INTEGER NOT NULL,
    territory_key INTEGER NOT NULL,
    age_band_key INTEGER NOT NULL,
    sex_key INTEGER NOT NULL,
    headcount INTEGER NULL,
    headcount_status TEXT NULL,
    density REAL NULL,
    density_status TEXT NULL
) STRICT;

-- Grain: one row per parsed line of a demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans file being loaded (line_number is the file line of the record).
CREATE TABLE stg_demographic_profile (
    load_file_id INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    profession_key INTEGER NOT NULL,
    share_women REAL NULL,
    share_women_status TEXT NULL,
    share_men REAL NULL,
    share_men_status TEXT NULL,
    share_60_plus REAL NULL,
    share_60_plus_status TEXT NULL,
    share_under_60 REAL NULL,
    share_under_60_status TEXT NULL,
    mean_age INTEGER NULL,
    mean_age_status TEXT NULL,
    mean_age_women INTEGER NULL,
    mean_age_women_status TEXT NULL,
    mean_age_men INTEGER NULL,
    mean_age_men_status TEXT NULL
) STRICT;

-- Grain: one row per parsed line of a demographie-secteurs-conventionnels file being loaded (line_number is the file line of the record).
CREATE TABLE stg_headcount_by_sector (
    load_file_id INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    profession_key INTEGER NOT NULL,
    territory_key INTEGER NOT NULL,
    sector_key INTEGER NOT NULL,
    headcount INTEGER NULL,
    headcount_status TEXT NULL
) STRICT;

-- Grain: one row per parsed line of a demographie-exercices-liberaux file being loaded (line_number is the file line of the record).
CREATE TABLE stg_headcount_by_practice_type (
    load_file_id INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    profession_key INTEGER NOT NULL,
    territory_key INTEGER NOT NULL,
    practice_type_key INTEGER NOT NULL,
    headcount INTEGER NULL,
    headcount_status TEXT NULL
) STRICT;

-- Grain: one row per parsed line of a honoraires file being loaded (line_number is the file line of the record).
CREATE TABLE stg_fees (
    load_file_id INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    profession_key INTEGER NOT NULL,
    territory_key INTEGER NOT NULL,
    tariff_fees_total INTEGER NULL,
    tariff_fees_total_status TEXT NULL,
    extra_billing_total INTEGER NULL,
    extra_billing_total_status TEXT NULL,
    tariff_fees_mean REAL NULL,
    tariff_fees_mean_status TEXT NULL,
    extra_billing_mean REAL NULL,
    extra_billing_mean_status TEXT NULL,
    extra_billing_rate_s2 REAL NULL,
    extra_billing_rate_s2_status TEXT NULL,
    extra_billing_rate_s2_non_optam REAL NULL,
    extra_billing_rate_s2_non_optam_status TEXT NULL,
    extra_billing_rate_s2_optam REAL NULL,
    extra_billing_rate_s2_optam_status TEXT NULL,
    source_taux_depassement TEXT NULL
) STRICT;

-- Grain: one row per parsed line of a prescriptions file being loaded (line_number is the file line of the record).
CREATE TABLE stg_prescriptions (
    load_file_id INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    profession_key INTEGER NOT NULL,
    territory_key INTEGER NOT NULL,
    prescription_post_key INTEGER NOT NULL,
    amount_total REAL NULL,
    amount_total_status TEXT NULL,
    amount_mean REAL NULL,
    amount_mean_status TEXT NULL
) STRICT;

-- Grain: one row per parsed line of a patientele file being loaded (line_number is the file line of the record).
CREATE TABLE stg_patients (
    load_file_id INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    profession_key INTEGER NOT NULL,
    territory_key INTEGER NOT NULL,
    patients_seen_mean REAL NULL,
    patients_seen_mean_status TEXT NULL,
    referring_patients_mean REAL NULL,
    referring_patients_mean_status TEXT NULL
) STRICT;
