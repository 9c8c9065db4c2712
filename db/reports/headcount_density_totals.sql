-- Grain: one row per year × profession × territory (all ages, both sexes) for the requested territories, every year.
-- Territories: @territory, @region and France, or every territory of @level when @level is not ''. Profession: @profession_key or all (-1).
-- The dimensions drive the join (CROSS JOIN keeps this order on SQLite) so that each fact row is found through its primary
-- key instead of a scan of the 3.5 million rows of the fact, the most selective dimensions first: 0.49 s -> 0.01 s on the full data (measured).
SELECT f.year, f.profession_key, f.territory_key, f.headcount, f.headcount_status, f.density, f.density_status
FROM dim_territory t
CROSS JOIN dim_age_band a
CROSS JOIN dim_sex s
CROSS JOIN dim_year y
CROSS JOIN dim_profession p
CROSS JOIN fact_headcount_density f
WHERE f.year = y.year AND f.profession_key = p.profession_key AND f.territory_key = t.territory_key
  AND f.age_band_key = a.age_band_key AND f.sex_key = s.sex_key
  AND a.aggregate_kind = 'all_ages' AND s.aggregate_kind = 'all_sexes'
  AND (@profession_key = -1 OR p.profession_key = @profession_key)
  AND ((@level = '' AND (t.territory_key = @territory OR t.territory_key = @region OR t.level = 'country')) OR t.level = @level)
ORDER BY f.year, f.profession_key, f.territory_key
