-- Grain: one row per year × profession, national only; replaces every row of fact_demographic_profile with the staged file (run inside the publishing transaction).
DELETE FROM fact_demographic_profile;
INSERT INTO fact_demographic_profile (year, profession_key, share_women, share_women_status, share_men, share_men_status, share_60_plus, share_60_plus_status, share_under_60, share_under_60_status, mean_age, mean_age_status, mean_age_women, mean_age_women_status, mean_age_men, mean_age_men_status, load_file_id)
SELECT year, profession_key, share_women, share_women_status, share_men, share_men_status, share_60_plus, share_60_plus_status, share_under_60, share_under_60_status, mean_age, mean_age_status, mean_age_women, mean_age_women_status, mean_age_men, mean_age_men_status, load_file_id
FROM stg_demographic_profile
WHERE load_file_id = @load_file_id;
