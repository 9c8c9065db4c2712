-- Grain: one row per year × profession × territory × practice type (dataset demographie-exercices-liberaux), with the labels and hierarchy of every dimension.
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
    JOIN dim_practice_type pt ON pt.practice_type_key = f.practice_type_key
