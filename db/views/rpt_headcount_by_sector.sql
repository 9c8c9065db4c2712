-- Grain: one row per year × profession × territory × sector (dataset demographie-secteurs-conventionnels), with the labels and hierarchy of every dimension.
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
    JOIN dim_sector sc ON sc.sector_key = f.sector_key
