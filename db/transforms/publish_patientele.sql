-- Grain: one row per year × profession × territory; replaces every row of fact_patients with the staged file (run inside the publishing transaction).
DELETE FROM fact_patients;
INSERT INTO fact_patients (year, profession_key, territory_key, patients_seen_mean, patients_seen_mean_status, referring_patients_mean, referring_patients_mean_status, load_file_id)
SELECT year, profession_key, territory_key, patients_seen_mean, patients_seen_mean_status, referring_patients_mean, referring_patients_mean_status, load_file_id
FROM stg_patients
WHERE load_file_id = @load_file_id;
