-- Grain: one row per dataset whose release is live: what it is, where its rows came from, its licence and whether it is synthetic (the audit tables stay private).
SELECT
    d.dataset_id,
    d.short_name AS dataset_short_name,
    d.title AS dataset,
    'rpt_' + SUBSTRING(d.fact_table, 6, 128) AS view_name,
    d.grain,
    lf.source_kind,
    lf.source_modified,
    lf.source_data_processed,
    lf.source_records_count,
    lf.rows_loaded,
    lf.license,
    lf.is_synthetic,
    r.loaded_at,
    r.load_file_id
FROM etl_dataset_release r
    JOIN dim_dataset d ON d.dataset_id = r.dataset_id
    JOIN etl_load_file lf ON lf.load_file_id = r.load_file_id
