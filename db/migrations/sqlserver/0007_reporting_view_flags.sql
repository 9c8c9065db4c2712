-- Grain: one view per fact table (rpt_*), at the fact's grain, now with the flags readers filter on; and rpt_dataset_release, one row per dataset whose release is live.
-- The rpt_* columns are a contract that grows by appending: existing columns keep their name, type and position, new ones go
-- at the end (PostgreSQL's CREATE OR REPLACE VIEW allows exactly that). Every view a migration creates or replaces is granted
-- to warehouse_reader by a migration (0008 grants these).
GO

-- Grain: one row per year × profession × territory × age band × sex (dataset demographie-effectifs-et-les-densites), with the labels and hierarchy of every dimension.
CREATE OR ALTER VIEW rpt_headcount_density AS
SELECT
    f.year,
    f.profession_key,
    p.label AS profession,
    p.short_label AS profession_short,
    g.label AS profession_group,
    fam.label AS profession_family,
    p.is_aggregate AS profession_is_aggregate,
    f.territory_key,
    t.level AS territory_level,
    t.region_code,
    t.region_label AS region,
    t.departement_code,
    t.label AS territory,
    t.is_drom AS territory_is_drom,
    t.is_aggregate AS territory_is_aggregate,
    a.label AS age_band,
    a.is_aggregate AS age_band_is_aggregate,
    s.label AS sex,
    s.is_aggregate AS sex_is_aggregate,
    f.headcount,
    f.headcount_status,
    f.density,
    f.density_status,
    f.load_file_id,
    p.level AS profession_level,
    a.sort_order AS age_band_order,
    a.min_age AS age_band_min_age,
    a.max_age AS age_band_max_age,
    a.is_60_plus AS age_band_is_60_plus,
    a.is_unknown AS age_band_is_unknown,
    s.is_unknown AS sex_is_unknown
FROM fact_headcount_density f
    JOIN dim_profession p ON p.profession_key = f.profession_key
    LEFT JOIN dim_profession g ON g.profession_key = p.group_key
    JOIN dim_profession fam ON fam.profession_key = p.family_key
    JOIN dim_territory t ON t.territory_key = f.territory_key
    JOIN dim_age_band a ON a.age_band_key = f.age_band_key
    JOIN dim_sex s ON s.sex_key = f.sex_key;
GO

-- Grain: one row per year × profession, national only (dataset demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans), with the labels and hierarchy of every dimension.
CREATE OR ALTER VIEW rpt_demographic_profile AS
SELECT
    f.year,
    f.profession_key,
    p.label AS profession,
    p.short_label AS profession_short,
    g.label AS profession_group,
    fam.label AS profession_family,
    p.is_aggregate AS profession_is_aggregate,
    f.share_women,
    f.share_women_status,
    f.share_men,
    f.share_men_status,
    f.share_60_plus,
    f.share_60_plus_status,
    f.share_under_60,
    f.share_under_60_status,
    f.mean_age,
    f.mean_age_status,
    f.mean_age_women,
    f.mean_age_women_status,
    f.mean_age_men,
    f.mean_age_men_status,
    f.load_file_id,
    p.level AS profession_level
FROM fact_demographic_profile f
    JOIN dim_profession p ON p.profession_key = f.profession_key
    LEFT JOIN dim_profession g ON g.profession_key = p.group_key
    JOIN dim_profession fam ON fam.profession_key = p.family_key;
GO

-- Grain: one row per year × profession × territory × sector (dataset demographie-secteurs-conventionnels), with the labels and hierarchy of every dimension.
CREATE OR ALTER VIEW rpt_headcount_by_sector AS
SELECT
    f.year,
    f.profession_key,
    p.label AS profession,
    p.short_label AS profession_short,
    g.label AS profession_group,
    fam.label AS profession_family,
    p.is_aggregate AS profession_is_aggregate,
    f.territory_key,
    t.level AS territory_level,
    t.region_code,
    t.region_label AS region,
    t.departement_code,
    t.label AS territory,
    t.is_drom AS territory_is_drom,
    t.is_aggregate AS territory_is_aggregate,
    sc.source_code AS sector_code,
    sc.label AS sector,
    sc.short_label AS sector_short,
    f.headcount,
    f.headcount_status,
    f.load_file_id,
    p.level AS profession_level,
    sc.is_sector_2 AS sector_is_sector_2,
    sc.has_optam AS sector_has_optam,
    sc.is_aggregate AS sector_is_aggregate
FROM fact_headcount_by_sector f
    JOIN dim_profession p ON p.profession_key = f.profession_key
    LEFT JOIN dim_profession g ON g.profession_key = p.group_key
    JOIN dim_profession fam ON fam.profession_key = p.family_key
    JOIN dim_territory t ON t.territory_key = f.territory_key
    JOIN dim_sector sc ON sc.sector_key = f.sector_key;
GO

-- Grain: one row per year × profession × territory × practice type (dataset demographie-exercices-liberaux), with the labels and hierarchy of every dimension.
CREATE OR ALTER VIEW rpt_headcount_by_practice_type AS
SELECT
    f.year,
    f.profession_key,
    p.label AS profession,
    p.short_label AS profession_short,
    g.label AS profession_group,
    fam.label AS profession_family,
    p.is_aggregate AS profession_is_aggregate,
    f.territory_key,
    t.level AS territory_level,
    t.region_code,
    t.region_label AS region,
    t.departement_code,
    t.label AS territory,
    t.is_drom AS territory_is_drom,
    t.is_aggregate AS territory_is_aggregate,
    pt.source_code AS practice_type_code,
    pt.label AS practice_type,
    f.headcount,
    f.headcount_status,
    f.load_file_id,
    p.level AS profession_level
FROM fact_headcount_by_practice_type f
    JOIN dim_profession p ON p.profession_key = f.profession_key
    LEFT JOIN dim_profession g ON g.profession_key = p.group_key
    JOIN dim_profession fam ON fam.profession_key = p.family_key
    JOIN dim_territory t ON t.territory_key = f.territory_key
    JOIN dim_practice_type pt ON pt.practice_type_key = f.practice_type_key;
GO

-- Grain: one row per year × profession × territory (dataset honoraires), with the labels and hierarchy of every dimension.
CREATE OR ALTER VIEW rpt_fees AS
SELECT
    f.year,
    f.profession_key,
    p.label AS profession,
    p.short_label AS profession_short,
    g.label AS profession_group,
    fam.label AS profession_family,
    p.is_aggregate AS profession_is_aggregate,
    f.territory_key,
    t.level AS territory_level,
    t.region_code,
    t.region_label AS region,
    t.departement_code,
    t.label AS territory,
    t.is_drom AS territory_is_drom,
    t.is_aggregate AS territory_is_aggregate,
    f.tariff_fees_total,
    f.tariff_fees_total_status,
    f.extra_billing_total,
    f.extra_billing_total_status,
    f.tariff_fees_mean,
    f.tariff_fees_mean_status,
    f.extra_billing_mean,
    f.extra_billing_mean_status,
    f.extra_billing_rate_s2,
    f.extra_billing_rate_s2_status,
    f.extra_billing_rate_s2_non_optam,
    f.extra_billing_rate_s2_non_optam_status,
    f.extra_billing_rate_s2_optam,
    f.extra_billing_rate_s2_optam_status,
    f.source_taux_depassement,
    f.load_file_id,
    p.level AS profession_level
FROM fact_fees f
    JOIN dim_profession p ON p.profession_key = f.profession_key
    LEFT JOIN dim_profession g ON g.profession_key = p.group_key
    JOIN dim_profession fam ON fam.profession_key = p.family_key
    JOIN dim_territory t ON t.territory_key = f.territory_key;
GO

-- Grain: one row per year × profession × territory × prescription post (dataset prescriptions), with the labels and hierarchy of every dimension.
CREATE OR ALTER VIEW rpt_prescriptions AS
SELECT
    f.year,
    f.profession_key,
    p.label AS profession,
    p.short_label AS profession_short,
    g.label AS profession_group,
    fam.label AS profession_family,
    p.is_aggregate AS profession_is_aggregate,
    f.territory_key,
    t.level AS territory_level,
    t.region_code,
    t.region_label AS region,
    t.departement_code,
    t.label AS territory,
    t.is_drom AS territory_is_drom,
    t.is_aggregate AS territory_is_aggregate,
    pp.source_code AS prescription_post_code,
    pp.label AS prescription_post,
    pp.is_aggregate AS prescription_post_is_aggregate,
    f.amount_total,
    f.amount_total_status,
    f.amount_mean,
    f.amount_mean_status,
    f.load_file_id,
    p.level AS profession_level
FROM fact_prescriptions f
    JOIN dim_profession p ON p.profession_key = f.profession_key
    LEFT JOIN dim_profession g ON g.profession_key = p.group_key
    JOIN dim_profession fam ON fam.profession_key = p.family_key
    JOIN dim_territory t ON t.territory_key = f.territory_key
    JOIN dim_prescription_post pp ON pp.prescription_post_key = f.prescription_post_key;
GO

-- Grain: one row per year × profession × territory (dataset patientele), with the labels and hierarchy of every dimension.
CREATE OR ALTER VIEW rpt_patients AS
SELECT
    f.year,
    f.profession_key,
    p.label AS profession,
    p.short_label AS profession_short,
    g.label AS profession_group,
    fam.label AS profession_family,
    p.is_aggregate AS profession_is_aggregate,
    f.territory_key,
    t.level AS territory_level,
    t.region_code,
    t.region_label AS region,
    t.departement_code,
    t.label AS territory,
    t.is_drom AS territory_is_drom,
    t.is_aggregate AS territory_is_aggregate,
    f.patients_seen_mean,
    f.patients_seen_mean_status,
    f.referring_patients_mean,
    f.referring_patients_mean_status,
    f.load_file_id,
    p.level AS profession_level
FROM fact_patients f
    JOIN dim_profession p ON p.profession_key = f.profession_key
    LEFT JOIN dim_profession g ON g.profession_key = p.group_key
    JOIN dim_profession fam ON fam.profession_key = p.family_key
    JOIN dim_territory t ON t.territory_key = f.territory_key;
GO

-- Grain: one row per dataset whose release is live: what it is, where its rows came from, its licence and whether it is synthetic (the audit tables stay private).
CREATE VIEW rpt_dataset_release AS
SELECT
    d.dataset_id,
    d.short_name AS dataset_short_name,
    d.title AS dataset,
    'rpt_' + SUBSTRING(d.fact_table, 6, 128) AS view_name,
    d.grain,
    lf.source_kind,
    lf.source_modified,
    lf.source_data_processed,
    lf.source_records_count,
    lf.rows_loaded,
    lf.license,
    lf.is_synthetic,
    r.loaded_at,
    r.load_file_id
FROM etl_dataset_release r
    JOIN dim_dataset d ON d.dataset_id = r.dataset_id
    JOIN etl_load_file lf ON lf.load_file_id = r.load_file_id;
GO
