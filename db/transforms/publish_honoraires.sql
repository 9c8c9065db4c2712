-- Grain: one row per year × profession × territory; replaces every row of fact_fees with the staged file (run inside the publishing transaction).
DELETE FROM fact_fees;
INSERT INTO fact_fees (year, profession_key, territory_key, tariff_fees_total, tariff_fees_total_status, extra_billing_total, extra_billing_total_status, tariff_fees_mean, tariff_fees_mean_status, extra_billing_mean, extra_billing_mean_status, extra_billing_rate_s2, extra_billing_rate_s2_status, extra_billing_rate_s2_non_optam, extra_billing_rate_s2_non_optam_status, extra_billing_rate_s2_optam, extra_billing_rate_s2_optam_status, source_taux_depassement, load_file_id)
SELECT year, profession_key, territory_key, tariff_fees_total, tariff_fees_total_status, extra_billing_total, extra_billing_total_status, tariff_fees_mean, tariff_fees_mean_status, extra_billing_mean, extra_billing_mean_status, extra_billing_rate_s2, extra_billing_rate_s2_status, extra_billing_rate_s2_non_optam, extra_billing_rate_s2_non_optam_status, extra_billing_rate_s2_optam, extra_billing_rate_s2_optam_status, source_taux_depassement, load_file_id
FROM stg_fees
WHERE load_file_id = @load_file_id;
