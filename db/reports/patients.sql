-- Grain: one row per year × profession × territory for @territory and France, every year.
SELECT f.year, f.profession_key, f.territory_key, f.patients_seen_mean, f.patients_seen_mean_status,
       f.referring_patients_mean, f.referring_patients_mean_status
FROM fact_patients f
JOIN dim_territory t ON t.territory_key = f.territory_key
WHERE (@profession_key = -1 OR f.profession_key = @profession_key)
  AND (f.territory_key = @territory OR t.level = 'country')
ORDER BY f.year, f.profession_key, f.territory_key
