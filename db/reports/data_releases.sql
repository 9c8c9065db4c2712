-- Grain: one row per dataset whose release is live, with what reports stamp on every output.
SELECT d.dataset_id, d.title, f.source_data_processed, f.sha256, f.license, f.is_synthetic, r.loaded_at, f.source_kind
FROM etl_dataset_release r
JOIN etl_load_file f ON f.load_file_id = r.load_file_id
JOIN dim_dataset d ON d.dataset_id = r.dataset_id
ORDER BY d.sort_order
