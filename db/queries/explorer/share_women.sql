-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key; every year when @year = -1.
-- Part des femmes, in percent: women over women and men (known sex), all ages — the briefing's rule
-- (HeadcountCalculations.ShareWomen): secret when either count is secret, not applicable when either is, else missing without both.
SELECT c.year, c.territory_key,
       CASE WHEN c.ns = 0 AND c.nc = 0 AND c.known_cells = 2 AND c.women + c.men <> 0 THEN 100.0 * c.women / (c.women + c.men) END AS value,
       CASE WHEN c.ns > 0 THEN 'NS' WHEN c.nc > 0 THEN 'NC'
            WHEN c.known_cells = 2 AND c.women + c.men <> 0 THEN NULL ELSE 'EMPTY' END AS value_status
FROM (
    SELECT f.year, f.territory_key,
           SUM(CASE WHEN s.label = 'femmes' THEN f.headcount ELSE 0 END) AS women,
           SUM(CASE WHEN s.label = 'hommes' THEN f.headcount ELSE 0 END) AS men,
           SUM(CASE WHEN f.headcount_status = 'NS' THEN 1 ELSE 0 END) AS ns,
           SUM(CASE WHEN f.headcount_status = 'NC' THEN 1 ELSE 0 END) AS nc,
           SUM(CASE WHEN f.headcount IS NOT NULL THEN 1 ELSE 0 END) AS known_cells
    FROM dim_year y
    CROSS JOIN dim_territory t
    CROSS JOIN dim_age_band a
    CROSS JOIN dim_sex s
    CROSS JOIN fact_headcount_density f
    WHERE (@year = -1 OR y.year = @year)
      AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
      AND f.age_band_key = a.age_band_key AND f.sex_key = s.sex_key
      AND a.aggregate_kind = 'all_ages' AND s.label IN ('femmes', 'hommes')
    GROUP BY f.year, f.territory_key
) c
ORDER BY c.year, c.territory_key
