-- Grain: one row per year × profession × territory (all ages, both sexes) for the requested territories, every year.
-- Territories: @territory, @region and France, or every territory of @level when @level is not ''. Profession: @profession_key or all (-1).
SELECT f.year, f.profession_key, f.territory_key, f.headcount, f.headcount_status, f.density, f.density_status
FROM fact_headcount_density f
JOIN dim_age_band a ON a.age_band_key = f.age_band_key
JOIN dim_sex s ON s.sex_key = f.sex_key
JOIN dim_territory t ON t.territory_key = f.territory_key
WHERE a.aggregate_kind = 'all_ages' AND s.aggregate_kind = 'all_sexes'
  AND (@profession_key = -1 OR f.profession_key = @profession_key)
  AND ((@level = '' AND (f.territory_key = @territory OR f.territory_key = @region OR t.level = 'country')) OR t.level = @level)
ORDER BY f.year, f.profession_key, f.territory_key
