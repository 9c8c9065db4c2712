-- Grain: one row per year × profession × territory × prescription post (dataset prescriptions), with the labels and hierarchy of every dimension.
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
    JOIN dim_prescription_post pp ON pp.prescription_post_key = f.prescription_post_key
