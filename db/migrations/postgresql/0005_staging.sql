-- Grain: one row per parsed line of the file being loaded, per dataset; values parsed and keys resolved by the loader, constraints checked set-wise by db/transforms.

-- Grain: one row per parsed line of a demographie-effectifs-et-les-densites file being loaded (line_number is the file line of the record).
-- UNLOGGED: staging is rebuilt by every load and never needs crash recovery.
CREATE UNLOGGED TABLE stg_headcount_density (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    age_band_key integer NOT NULL,
    sex_key integer NOT NULL,
    headcount bigint NULL,
    headcount_status text NULL,
    density double precision NULL,
    density_status text NULL
);

-- Grain: one row per parsed line of a demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans file being loaded (line_number is the file line of the record).
-- UNLOGGED: staging is rebuilt by every load and never needs crash recovery.
CREATE UNLOGGED TABLE stg_demographic_profile (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year integer NOT NULL,
    profession_key integer NOT NULL,
    share_women double precision NULL,
    share_women_status text NULL,
    share_men double precision NULL,
    share_men_status text NULL,
    share_60_plus double precision NULL,
    share_60_plus_status text NULL,
    share_under_60 double precision NULL,
    share_under_60_status text NULL,
    mean_age bigint NULL,
    mean_age_status text NULL,
    mean_age_women bigint NULL,
    mean_age_women_status text NULL,
    mean_age_men bigint NULL,
    mean_age_men_status text NULL
);

-- Grain: one row per parsed line of a demographie-secteurs-conventionnels file being loaded (line_number is the file line of the record).
-- UNLOGGED: staging is rebuilt by every load and never needs crash recovery.
CREATE UNLOGGED TABLE stg_headcount_by_sector (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    sector_key integer NOT NULL,
    headcount bigint NULL,
    headcount_status text NULL
);

-- Grain: one row per parsed line of a demographie-exercices-liberaux file being loaded (line_number is the file line of the record).
-- UNLOGGED: staging is rebuilt by every load and never needs crash recovery.
CREATE UNLOGGED TABLE stg_headcount_by_practice_type (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    practice_type_key integer NOT NULL,
    headcount bigint NULL,
    headcount_status text NULL
);

-- Grain: one row per parsed line of a honoraires file being loaded (line_number is the file line of the record).
-- UNLOGGED: staging is rebuilt by every load and never needs crash recovery.
CREATE UNLOGGED TABLE stg_fees (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    tariff_fees_total bigint NULL,
    tariff_fees_total_status text NULL,
    extra_billing_total bigint NULL,
    extra_billing_total_status text NULL,
    tariff_fees_mean double precision NULL,
    tariff_fees_mean_status text NULL,
    extra_billing_mean double precision NULL,
    extra_billing_mean_status text NULL,
    extra_billing_rate_s2 double precision NULL,
    extra_billing_rate_s2_status text NULL,
    extra_billing_rate_s2_non_optam double precision NULL,
    extra_billing_rate_s2_non_optam_status text NULL,
    extra_billing_rate_s2_optam double precision NULL,
    extra_billing_rate_s2_optam_status text NULL,
    source_taux_depassement text NULL
);

-- Grain: one row per parsed line of a prescriptions file being loaded (line_number is the file line of the record).
-- UNLOGGED: staging is rebuilt by every load and never needs crash recovery.
CREATE UNLOGGED TABLE stg_prescriptions (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    prescription_post_key integer NOT NULL,
    amount_total double precision NULL,
    amount_total_status text NULL,
    amount_mean double precision NULL,
    amount_mean_status text NULL
);

-- Grain: one row per parsed line of a patientele file being loaded (line_number is the file line of the record).
-- UNLOGGED: staging is rebuilt by every load and never needs crash recovery.
CREATE UNLOGGED TABLE stg_patients (
    load_file_id bigint NOT NULL,
    line_number bigint NOT NULL,
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    patients_seen_mean double precision NULL,
    patients_seen_mean_status text NULL,
    referring_patients_mean double precision NULL,
    referring_patients_mean_status text NULL
);
