-- Grain: one row per year × profession × territory × age band × sex (dataset demographie-effectifs-et-les-densites), with the labels and hierarchy of every dimension.
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
    JOIN dim_sex s ON s.sex_key = f.sex_key
