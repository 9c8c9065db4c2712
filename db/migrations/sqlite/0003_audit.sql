-- Grain: one row per load run; one row per file (dataset) read in a run; one row per rejected value; one row per dataset for the release that is live.
-- Timestamps are ISO-8601 UTC text ('2026-11-28T16:30:00.000Z').

CREATE TABLE etl_load_run (
    load_run_id     INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    trigger_kind    TEXT    NOT NULL CHECK (trigger_kind IN ('cli', 'schedule', 'manual')),
    started_at      TEXT    NOT NULL,
    finished_at     TEXT    NULL,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('running', 'succeeded', 'up_to_date', 'rejected', 'failed', 'interrupted')),
    message         TEXT    NULL,
    host_name       TEXT    NULL,
    process_id      INTEGER NULL
) STRICT;

CREATE TABLE etl_load_file (
    load_file_id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    load_run_id           INTEGER NOT NULL REFERENCES etl_load_run (load_run_id),
    dataset_id            TEXT    NOT NULL REFERENCES dim_dataset (dataset_id),
    source_kind           TEXT    NOT NULL CHECK (source_kind IN ('api', 'file')),
    source                TEXT    NOT NULL,
    file_variant          TEXT    NULL CHECK (file_variant IN ('api', 'browser')),
    sha256                TEXT    NULL,
    bytes                 INTEGER NULL,
    rows_read             INTEGER NULL,
    rows_loaded           INTEGER NULL,
    rows_rejected         INTEGER NULL,
    source_modified       TEXT    NULL,
    source_data_processed TEXT    NULL,
    source_records_count  INTEGER NULL,
    license               TEXT    NULL,
    is_synthetic          INTEGER NOT NULL DEFAULT 0 CHECK (is_synthetic IN (0, 1)),
    started_at            TEXT    NOT NULL,
    finished_at           TEXT    NULL,
    duration_ms           INTEGER NULL,
    outcome               TEXT    NOT NULL CHECK (outcome IN ('running', 'loaded', 'up_to_date', 'rejected', 'failed', 'interrupted')),
    error                 TEXT    NULL
) STRICT;

CREATE INDEX ix_etl_load_file_dataset ON etl_load_file (dataset_id, load_file_id);

CREATE TABLE etl_rejected_row (
    load_file_id    INTEGER NOT NULL REFERENCES etl_load_file (load_file_id),
    ordinal         INTEGER NOT NULL,
    line_number     INTEGER NULL,
    column_name     TEXT    NULL,
    value           TEXT    NULL,
    reason          TEXT    NOT NULL,
    PRIMARY KEY (load_file_id, ordinal)
) STRICT;

-- The file whose rows are live in each dataset's fact table: what reports stamp as the data release.
CREATE TABLE etl_dataset_release (
    dataset_id      TEXT    NOT NULL PRIMARY KEY REFERENCES dim_dataset (dataset_id),
    load_file_id    INTEGER NOT NULL REFERENCES etl_load_file (load_file_id),
    loaded_at       TEXT    NOT NULL
) STRICT;
