-- Grain: one row per year × profession × territory × sector for @territory and France, every year.
-- Driven by the dimensions (CROSS JOIN keeps this order on SQLite) so that the fact is reached through its primary key.
SELECT f.year, f.profession_key, f.territory_key, f.sector_key, f.headcount, f.headcount_status
FROM dim_territory t
CROSS JOIN dim_year y
CROSS JOIN dim_profession p
CROSS JOIN fact_headcount_by_sector f
WHERE f.year = y.year AND f.profession_key = p.profession_key AND f.territory_key = t.territory_key
  AND (@profession_key = -1 OR p.profession_key = @profession_key)
  AND (t.territory_key = @territory OR t.level = 'country')
ORDER BY f.year, f.profession_key, f.territory_key, f.sector_key
