-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key, all ages; every year when @year = -1.
-- Three indicators from the all-ages cells of fact_headcount_density, each a (value, status) pair the indicator picks
-- (ExplorerIndicator.Measure): 0 effectif and 1 densité as published for both sexes (densité per 100 000 of the
-- profession's base population), NULL with their status when secret or not applicable; 2 part des femmes, in percent:
-- women over women and men (known sex) — the briefing's rule (HeadcountCalculations.ShareWomen): secret when either count
-- is secret, not applicable when either is, else missing without both. A pair with neither value nor status means the
-- cell is absent from the publication.
-- Driven by the dimensions (CROSS JOIN keeps this order on SQLite) so that each fact row is found through its primary key.
SELECT c.year, c.territory_key, c.headcount, c.headcount_status, c.density, c.density_status,
       CASE WHEN c.ns = 0 AND c.nc = 0 AND c.known_cells = 2 AND c.women + c.men <> 0 THEN 100.0 * c.women / (c.women + c.men) END AS share_women,
       CASE WHEN c.sex_cells = 0 THEN NULL WHEN c.ns > 0 THEN 'NS' WHEN c.nc > 0 THEN 'NC'
            WHEN c.known_cells = 2 AND c.women + c.men <> 0 THEN NULL ELSE 'EMPTY' END AS share_women_status
FROM (
    SELECT f.year, f.territory_key,
           MAX(CASE WHEN s.aggregate_kind = 'all_sexes' THEN f.headcount END) AS headcount,
           MAX(CASE WHEN s.aggregate_kind = 'all_sexes' THEN f.headcount_status END) AS headcount_status,
           MAX(CASE WHEN s.aggregate_kind = 'all_sexes' THEN f.density END) AS density,
           MAX(CASE WHEN s.aggregate_kind = 'all_sexes' THEN f.density_status END) AS density_status,
           SUM(CASE WHEN s.label = 'femmes' THEN f.headcount ELSE 0 END) AS women,
           SUM(CASE WHEN s.label = 'hommes' THEN f.headcount ELSE 0 END) AS men,
           SUM(CASE WHEN s.label IN ('femmes', 'hommes') THEN 1 ELSE 0 END) AS sex_cells,
           SUM(CASE WHEN s.label IN ('femmes', 'hommes') AND f.headcount_status = 'NS' THEN 1 ELSE 0 END) AS ns,
           SUM(CASE WHEN s.label IN ('femmes', 'hommes') AND f.headcount_status = 'NC' THEN 1 ELSE 0 END) AS nc,
           SUM(CASE WHEN s.label IN ('femmes', 'hommes') AND f.headcount IS NOT NULL THEN 1 ELSE 0 END) AS known_cells
    FROM dim_year y
    CROSS JOIN dim_territory t
    CROSS JOIN dim_age_band a
    CROSS JOIN dim_sex s
    CROSS JOIN fact_headcount_density f
    WHERE (@year = -1 OR y.year = @year)
      AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
      AND f.age_band_key = a.age_band_key AND f.sex_key = s.sex_key
      AND a.aggregate_kind = 'all_ages' AND (s.aggregate_kind = 'all_sexes' OR s.label IN ('femmes', 'hommes'))
    GROUP BY f.year, f.territory_key
) c
ORDER BY c.year, c.territory_key
