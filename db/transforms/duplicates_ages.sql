-- Grain: one row per year × profession, national only key that occurs more than once in stg_demographic_profile for the file being loaded.
SELECT year, profession_key, COUNT(*) AS occurrences, MIN(line_number) AS first_line, MAX(line_number) AS last_line
FROM stg_demographic_profile
WHERE load_file_id = @load_file_id
GROUP BY year, profession_key
HAVING COUNT(*) > 1
ORDER BY MIN(line_number)
