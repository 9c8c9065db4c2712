-- Grain: one row per year × territory (France, régions, départements) for profession @profession_key; every year when @year = -1.
-- Taux de dépassement, in percent: dépassements over all fees (at tariff + dépassements), the briefing's rule
-- (TerritoryBriefingBuilder.ExtraShare): secret when either total is secret, not applicable when either is.
SELECT f.year, f.territory_key,
       CASE WHEN f.extra_billing_total IS NOT NULL AND f.tariff_fees_total IS NOT NULL AND f.tariff_fees_total + f.extra_billing_total <> 0
            THEN 100.0 * f.extra_billing_total / (f.tariff_fees_total + f.extra_billing_total) END AS value,
       CASE WHEN f.extra_billing_total_status = 'NS' OR f.tariff_fees_total_status = 'NS' THEN 'NS'
            WHEN f.extra_billing_total_status = 'NC' OR f.tariff_fees_total_status = 'NC' THEN 'NC'
            WHEN f.extra_billing_total IS NOT NULL AND f.tariff_fees_total IS NOT NULL AND f.tariff_fees_total + f.extra_billing_total <> 0 THEN NULL
            ELSE 'EMPTY' END AS value_status
FROM dim_year y
CROSS JOIN dim_territory t
CROSS JOIN fact_fees f
WHERE (@year = -1 OR y.year = @year)
  AND f.year = y.year AND f.profession_key = @profession_key AND f.territory_key = t.territory_key
ORDER BY f.year, f.territory_key
