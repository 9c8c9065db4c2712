-- Grain: one row per year × profession × territory × age band × sex; replaces every row of fact_headcount_density with the staged file (run inside the publishing transaction).
DELETE FROM fact_headcount_density;
INSERT INTO fact_headcount_density (year, profession_key, territory_key, age_band_key, sex_key, headcount, headcount_status, density, density_status, load_file_id)
SELECT year, profession_key, territory_key, age_band_key, sex_key, headcount, headcount_status, density, density_status, load_file_id
FROM stg_headcount_density
WHERE load_file_id = @load_file_id;
