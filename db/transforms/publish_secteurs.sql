-- Grain: one row per year × profession × territory × sector; replaces every row of fact_headcount_by_sector with the staged file (run inside the publishing transaction).
DELETE FROM fact_headcount_by_sector;
INSERT INTO fact_headcount_by_sector (year, profession_key, territory_key, sector_key, headcount, headcount_status, load_file_id)
SELECT year, profession_key, territory_key, sector_key, headcount, headcount_status, load_file_id
FROM stg_headcount_by_sector
WHERE load_file_id = @load_file_id;
