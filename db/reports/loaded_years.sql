-- Grain: one row per year present in fact_headcount_density (the years a briefing can be asked for).
-- EXISTS per year seeks the fact's primary key (year leads it); DISTINCT over the fact scanned 3.5 million rows.
SELECT y.year
FROM dim_year y
WHERE EXISTS (SELECT 1 FROM fact_headcount_density f WHERE f.year = y.year)
ORDER BY y.year
