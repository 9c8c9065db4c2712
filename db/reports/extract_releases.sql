-- Grain: one row per dataset of the catalogue, with the release whose rows are live (release columns NULL when never loaded).
SELECT d.dataset_id, d.title, f.source_data_processed, f.sha256, f.license, f.is_synthetic, r.loaded_at
FROM dim_dataset d
    LEFT JOIN etl_dataset_release r ON r.dataset_id = d.dataset_id
    LEFT JOIN etl_load_file f ON f.load_file_id = r.load_file_id
ORDER BY d.sort_order
