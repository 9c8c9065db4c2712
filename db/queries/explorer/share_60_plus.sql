-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key; every year when @year = -1.
-- Part des 60 ans et plus, in percent: the 60+ age bands over the headcount of known age (all ages minus unknown age), both
-- sexes — the briefing's rule (HeadcountCalculations.ShareSixtyPlus): secret when any cell is secret, not applicable when any
-- is, missing when a cell is absent or empty.
SELECT c.year, c.territory_key,
       CASE WHEN c.ns = 0 AND c.nc = 0 AND c.missing = 0 AND c.cells = c.expected AND c.known <> 0 THEN 100.0 * c.old / c.known END AS value,
       CASE WHEN c.ns > 0 THEN 'NS' WHEN c.nc > 0 THEN 'NC'
            WHEN c.missing = 0 AND c.cells = c.expected AND c.known <> 0 THEN NULL ELSE 'EMPTY' END AS value_status
FROM (
    SELECT f.year, f.territory_key,
           SUM(CASE WHEN a.is_60_plus THEN f.headcount ELSE 0 END) AS old,
           SUM(CASE WHEN a.aggregate_kind = 'all_ages' THEN f.headcount ELSE 0 END) - SUM(CASE WHEN a.is_unknown THEN f.headcount ELSE 0 END) AS known,
           SUM(CASE WHEN f.headcount_status = 'NS' THEN 1 ELSE 0 END) AS ns,
           SUM(CASE WHEN f.headcount_status = 'NC' THEN 1 ELSE 0 END) AS nc,
           SUM(CASE WHEN f.headcount IS NULL THEN 1 ELSE 0 END) AS missing,
           COUNT(*) AS cells,
           MAX(e.expected) AS expected
    FROM dim_year y
    CROSS JOIN dim_territory t
    CROSS JOIN dim_age_band a
    CROSS JOIN dim_sex s
    CROSS JOIN fact_headcount_density f
    CROSS JOIN (SELECT COUNT(*) + 2 AS expected FROM dim_age_band x WHERE x.is_60_plus) e
    WHERE (@year = -1 OR y.year = @year)
      AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
      AND f.age_band_key = a.age_band_key AND f.sex_key = s.sex_key
      AND (a.is_60_plus OR a.is_unknown OR a.aggregate_kind = 'all_ages') AND s.aggregate_kind = 'all_sexes'
    GROUP BY f.year, f.territory_key
) c
ORDER BY c.year, c.territory_key
