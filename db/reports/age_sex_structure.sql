-- Grain: one row per profession × territory × age band × sex in year @year, for @territory, @region and France.
SELECT f.profession_key, f.territory_key, f.age_band_key, f.sex_key, f.headcount, f.headcount_status
FROM fact_headcount_density f
JOIN dim_territory t ON t.territory_key = f.territory_key
WHERE f.year = @year
  AND (@profession_key = -1 OR f.profession_key = @profession_key)
  AND (f.territory_key = @territory OR f.territory_key = @region OR t.level = 'country')
ORDER BY f.profession_key, f.territory_key, f.age_band_key, f.sex_key
