-- Grain: one row per parsed line of the file being loaded, per dataset; values parsed and keys resolved by the loader, constraints checked set-wise by db/transforms.

-- Grain: one row per parsed line of a demographie-effectifs-et-les-densites file being loaded (line_number is the file line of the record).
-- A heap without keys or constraints: staging is emptied and refilled by every load.
CREATE TABLE stg_headcount_density (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year int NOT NULL,
    profession_key int NOT NULL,
    territory_key int NOT NULL,
    age_band_key int NOT NULL,
    sex_key int NOT NULL,
    headcount bigint NULL,
    headcount_status nvarchar(5) NULL,
    density float NULL,
    density_status nvarchar(5) NULL
);

-- Grain: one row per parsed line of a demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans file being loaded (line_number is the file line of the record).
-- A heap without keys or constraints: staging is emptied and refilled by every load.
CREATE TABLE stg_demographic_profile (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year int NOT NULL,
    profession_key int NOT NULL,
    share_women float NULL,
    share_women_status nvarchar(5) NULL,
    share_men float NULL,
    share_men_status nvarchar(5) NULL,
    share_60_plus float NULL,
    share_60_plus_status nvarchar(5) NULL,
    share_under_60 float NULL,
    share_under_60_status nvarchar(5) NULL,
    mean_age bigint NULL,
    mean_age_status nvarchar(5) NULL,
    mean_age_women bigint NULL,
    mean_age_women_status nvarchar(5) NULL,
    mean_age_men bigint NULL,
    mean_age_men_status nvarchar(5) NULL
);

-- Grain: one row per parsed line of a demographie-secteurs-conventionnels file being loaded (line_number is the file line of the record).
-- A heap without keys or constraints: staging is emptied and refilled by every load.
CREATE TABLE stg_headcount_by_sector (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year int NOT NULL,
    profession_key int NOT NULL,
    territory_key int NOT NULL,
    sector_key int NOT NULL,
    headcount bigint NULL,
    headcount_status nvarchar(5) NULL
);

-- Grain: one row per parsed line of a demographie-exercices-liberaux file being loaded (line_number is the file line of the record).
-- A heap without keys or constraints: staging is emptied and refilled by every load.
CREATE TABLE stg_headcount_by_practice_type (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year int NOT NULL,
    profession_key int NOT NULL,
    territory_key int NOT NULL,
    practice_type_key int NOT NULL,
    headcount bigint NULL,
    headcount_status nvarchar(5) NULL
);

-- Grain: one row per parsed line of a honoraires file being loaded (line_number is the file line of the record).
-- A heap without keys or constraints: staging is emptied and refilled by every load.
CREATE TABLE stg_fees (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year int NOT NULL,
    profession_key int NOT NULL,
    territory_key int NOT NULL,
    tariff_fees_total bigint NULL,
    tariff_fees_total_status nvarchar(5) NULL,
    extra_billing_total bigint NULL,
    extra_billing_total_status nvarchar(5) NULL,
    tariff_fees_mean float NULL,
    tariff_fees_mean_status nvarchar(5) NULL,
    extra_billing_mean float NULL,
    extra_billing_mean_status nvarchar(5) NULL,
    extra_billing_rate_s2 float NULL,
    extra_billing_rate_s2_status nvarchar(5) NULL,
    extra_billing_rate_s2_non_optam float NULL,
    extra_billing_rate_s2_non_optam_status nvarchar(5) NULL,
    extra_billing_rate_s2_optam float NULL,
    extra_billing_rate_s2_optam_status nvarchar(5) NULL,
    source_taux_depassement nvarchar(20) NULL
);

-- Grain: one row per parsed line of a prescriptions file being loaded (line_number is the file line of the record).
-- A heap without keys or constraints: staging is emptied and refilled by every load.
CREATE TABLE stg_prescriptions (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year int NOT NULL,
    profession_key int NOT NULL,
    territory_key int NOT NULL,
    prescription_post_key int NOT NULL,
    amount_total float NULL,
    amount_total_status nvarchar(5) NULL,
    amount_mean float NULL,
    amount_mean_status nvarchar(5) NULL
);

-- Grain: one row per parsed line of a patientele file being loaded (line_number is the file line of the record).
-- A heap without keys or constraints: staging is emptied and refilled by every load.
CREATE TABLE stg_patients (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year int NOT NULL,
    profession_key int NOT NULL,
    territory_key int NOT NULL,
    patients_seen_mean float NULL,
    patients_seen_mean_status nvarchar(5) NULL,
    referring_patients_mean float NULL,
    referring_patients_mean_status nvarchar(5) NULL
);
