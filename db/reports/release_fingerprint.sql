-- Grain: one row per dataset with a live release: the dataset and its live load file (what a briefing cache key rests on).
SELECT dataset_id, load_file_id FROM etl_dataset_release ORDER BY dataset_id
