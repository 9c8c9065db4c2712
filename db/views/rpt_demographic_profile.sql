-- Grain: one row per year × profession, national only (dataset demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans), with the labels and hierarchy of every dimension.
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
    JOIN dim_profession fam ON fam.profession_key = p.family_key
