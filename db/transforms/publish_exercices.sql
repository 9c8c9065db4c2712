-- Grain: one row per year × profession × territory × practice type; replaces every row of fact_headcount_by_practice_type with the staged file (run inside the publishing transaction).
DELETE FROM fact_headcount_by_practice_type;
INSERT INTO fact_headcount_by_practice_type (year, profession_key, territory_key, practice_type_key, headcount, headcount_status, load_file_id)
SELECT year, profession_key, territory_key, practice_type_key, headcount, headcount_status, load_file_id
FROM stg_headcount_by_practice_type
WHERE load_file_id = @load_file_id;
