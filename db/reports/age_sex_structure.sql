-- Grain: one row per profession × territory × age band × sex in year @year, for @territory, @region and France.
-- Driven by the dimensions so that the fact's primary key (year, profession, territory, …) is used for every lookup.
SELECT f.profession_key, f.territory_key, f.age_band_key, f.sex_key, f.headcount, f.headcount_status
FROM dim_profession p
CROSS JOIN dim_territory t
CROSS JOIN fact_headcount_density f
WHERE f.year = @year AND f.profession_key = p.profession_key AND f.territory_key = t.territory_key
  AND (@profession_key = -1 OR p.profession_key = @profession_key)
  AND (t.territory_key = @territory OR t.territory_key = @region OR t.level = 'country')
ORDER BY f.profession_key, f.territory_key, f.age_band_key, f.sex_key
