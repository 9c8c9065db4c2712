-- Grain: one row per year × profession × territory × practice type key that occurs more than once in stg_headcount_by_practice_type for the file being loaded.
SELECT year, profession_key, territory_key, practice_type_key, COUNT(*) AS occurrences, MIN(line_number) AS first_line, MAX(line_number) AS last_line
FROM stg_headcount_by_practice_type
WHERE load_file_id = @load_file_id
GROUP BY year, profession_key, territory_key, practice_type_key
HAVING COUNT(*) > 1
ORDER BY MIN(line_number)
