-- Grain: one row per profession × territory × prescription post in year @year for @territory and France.
SELECT f.profession_key, f.territory_key, f.prescription_post_key, f.amount_total, f.amount_total_status, f.amount_mean, f.amount_mean_status
FROM fact_prescriptions f
JOIN dim_territory t ON t.territory_key = f.territory_key
WHERE f.year = @year
  AND (@profession_key = -1 OR f.profession_key = @profession_key)
  AND (f.territory_key = @territory OR t.level = 'country')
ORDER BY f.profession_key, f.territory_key, f.prescription_post_key
