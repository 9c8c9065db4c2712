-- Grain: one row per year × profession × territory for @territory and France, every year.
SELECT f.year, f.profession_key, f.territory_key,
       f.tariff_fees_total, f.tariff_fees_total_status, f.extra_billing_total, f.extra_billing_total_status,
       f.tariff_fees_mean, f.tariff_fees_mean_status, f.extra_billing_mean, f.extra_billing_mean_status
FROM fact_fees f
JOIN dim_territory t ON t.territory_key = f.territory_key
WHERE (@profession_key = -1 OR f.profession_key = @profession_key)
  AND (f.territory_key = @territory OR t.level = 'country')
ORDER BY f.year, f.profession_key, f.territory_key
