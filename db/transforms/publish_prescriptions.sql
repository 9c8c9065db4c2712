-- Grain: one row per year × profession × territory × prescription post; replaces every row of fact_prescriptions with the staged file (run inside the publishing transaction).
DELETE FROM fact_prescriptions;
INSERT INTO fact_prescriptions (year, profession_key, territory_key, prescription_post_key, amount_total, amount_total_status, amount_mean, amount_mean_status, load_file_id)
SELECT year, profession_key, territory_key, prescription_post_key, amount_total, amount_total_status, amount_mean, amount_mean_status, load_file_id
FROM stg_prescriptions
WHERE load_file_id = @load_file_id;
