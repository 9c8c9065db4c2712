-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key and prescription poste @post_key; every year when @year = -1.
-- Prescriptions moyennes: the published mean amount prescribed per practitioner on the poste, in euros (fact_prescriptions, as the briefing).
SELECT f.year, f.territory_key, f.amount_mean AS value, f.amount_mean_status AS value_status
FROM dim_year y
CROSS JOIN dim_territory t
CROSS JOIN fact_prescriptions f
WHERE (@year = -1 OR y.year = @year)
  AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
  AND f.prescription_post_key = @post_key
ORDER BY f.year, f.territory_key
