-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key; every year when @year = -1.
-- Honoraires moyens: the published mean fees at tariff (without dépassements) per practitioner, in euros (fact_fees, as the briefing).
SELECT f.year, f.territory_key, f.tariff_fees_mean AS value, f.tariff_fees_mean_status AS value_status
FROM dim_year y
CROSS JOIN dim_territory t
CROSS JOIN fact_fees f
WHERE (@year = -1 OR y.year = @year)
  AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
ORDER BY f.year, f.territory_key
