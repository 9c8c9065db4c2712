-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key; every year when @year = -1.
-- Two indicators of fact_fees, each a (value, status) pair the indicator picks (ExplorerIndicator.Measure), as the briefing:
-- 0 honoraires moyens, the published mean fees at tariff (without dépassements) per practitioner, in euros; 1 taux de
-- dépassement, in percent: dépassements over all fees (at tariff + dépassements), the briefing's rule
-- (TerritoryBriefingBuilder.ExtraShare): secret when either total is secret, not applicable when either is.
SELECT f.year, f.territory_key, f.tariff_fees_mean, f.tariff_fees_mean_status,
       CASE WHEN f.extra_billing_total IS NOT NULL AND f.tariff_fees_total IS NOT NULL AND f.tariff_fees_total + f.extra_billing_total <> 0
            THEN 100.0 * f.extra_billing_total / (f.tariff_fees_total + f.extra_billing_total) END AS extra_billing_rate,
       CASE WHEN f.extra_billing_total_status = 'NS' OR f.tariff_fees_total_status = 'NS' THEN 'NS'
            WHEN f.extra_billing_total_status = 'NC' OR f.tariff_fees_total_status = 'NC' THEN 'NC'
            WHEN f.extra_billing_total IS NOT NULL AND f.tariff_fees_total IS NOT NULL AND f.tariff_fees_total + f.extra_billing_total <> 0 THEN NULL
            ELSE 'EMPTY' END AS extra_billing_rate_status
FROM dim_year y
CROSS JOIN dim_territory t
CROSS JOIN fact_fees f
WHERE (@year = -1 OR y.year = @year)
  AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
ORDER BY f.year, f.territory_key
