-- Grain: one row per year × profession × territory × sector for @territory and France, every year.
SELECT f.year, f.profession_key, f.territory_key, f.sector_key, f.headcount, f.headcount_status
FROM fact_headcount_by_sector f
JOIN dim_territory t ON t.territory_key = f.territory_key
WHERE (@profession_key = -1 OR f.profession_key = @profession_key)
  AND (f.territory_key = @territory OR t.level = 'country')
ORDER BY f.year, f.profession_key, f.territory_key, f.sector_key
