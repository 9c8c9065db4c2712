-- Grain: one row per year present in fact_headcount_density (the years a briefing can be asked for).
SELECT DISTINCT year FROM fact_headcount_density ORDER BY year
