-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key; every year when @year = -1.
-- Patientèle moyenne: the published mean number of patients seen in the year per practitioner (file active; fact_patients, as the briefing).
SELECT f.year, f.territory_key, f.patients_seen_mean AS value, f.patients_seen_mean_status AS value_status
FROM dim_year y
CROSS JOIN dim_territory t
CROSS JOIN fact_patients f
WHERE (@year = -1 OR y.year = @year)
  AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
ORDER BY f.year, f.territory_key
