-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key, all ages and both sexes; every year when @year = -1.
-- Effectif: the published headcount (fact_headcount_density, as the briefings read it); NULL with its status when secret or not applicable.
-- Driven by the dimensions (CROSS JOIN keeps this order on SQLite) so that each fact row is found through its primary key.
SELECT f.year, f.territory_key, f.headcount AS value, f.headcount_status AS value_status
FROM dim_year y
CROSS JOIN dim_territory t
CROSS JOIN dim_age_band a
CROSS JOIN dim_sex s
CROSS JOIN fact_headcount_density f
WHERE (@year = -1 OR y.year = @year)
  AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
  AND f.age_band_key = a.age_band_key AND f.sex_key = s.sex_key
  AND a.aggregate_kind = 'all_ages' AND s.aggregate_kind = 'all_sexes'
ORDER BY f.year, f.territory_key
