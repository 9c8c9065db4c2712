-- Grain: one row per load run; one row per file (dataset) read in a run; one row per rejected value; one row per dataset for the release that is live.
-- Timestamps are datetimeoffset(3), written in UTC.

CREATE TABLE etl_load_run (
    load_run_id     bigint         IDENTITY(1,1) NOT NULL PRIMARY KEY,
    trigger_kind    nvarchar(20)   NOT NULL CHECK (trigger_kind IN ('cli', 'schedule', 'manual')),
    started_at      datetimeoffset(3) NOT NULL,
    finished_at     datetimeoffset(3) NULL,
    outcome         nvarchar(20)   NOT NULL CHECK (outcome IN ('running', 'succeeded', 'up_to_date', 'rejected', 'failed', 'interrupted')),
    message         nvarchar(max)  NULL,
    host_name       nvarchar(255)  NULL,
    process_id      bigint         NULL
);

CREATE TABLE etl_load_file (
    load_file_id          bigint         IDENTITY(1,1) NOT NULL PRIMARY KEY,
    load_run_id           bigint         NOT NULL REFERENCES etl_load_run (load_run_id),
    dataset_id            nvarchar(100)  NOT NULL REFERENCES dim_dataset (dataset_id),
    source_kind           nvarchar(10)   NOT NULL CHECK (source_kind IN ('api', 'file')),
    source                nvarchar(max)  NOT NULL,
    file_variant          nvarchar(10)   NULL CHECK (file_variant IN ('api', 'browser')),
    sha256                char(64)       NULL,
    bytes                 bigint         NULL,
    rows_read             bigint         NULL,
    rows_loaded           bigint         NULL,
    rows_rejected         bigint         NULL,
    source_modified       datetimeoffset(3) NULL,
    source_data_processed datetimeoffset(3) NULL,
    source_records_count  bigint         NULL,
    license               nvarchar(400)  NULL,
    is_synthetic          bit            NOT NULL DEFAULT 0,
    started_at            datetimeoffset(3) NOT NULL,
    finished_at           datetimeoffset(3) NULL,
    duration_ms           bigint         NULL,
    outcome               nvarchar(20)   NOT NULL CHECK (outcome IN ('running', 'loaded', 'up_to_date', 'rejected', 'failed', 'interrupted')),
    error                 nvarchar(max)  NULL
);

CREATE INDEX ix_etl_load_file_dataset ON etl_load_file (dataset_id, load_file_id);

CREATE TABLE etl_rejected_row (
    load_file_id    bigint         NOT NULL REFERENCES etl_load_file (load_file_id),
    ordinal         bigint         NOT NULL,
    line_number     bigint         NULL,
    column_name     nvarchar(128)  NULL,
    value           nvarchar(max)  NULL,
    reason          nvarchar(max)  NOT NULL,
    PRIMARY KEY (load_file_id, ordinal)
);

-- The file whose rows are live in each dataset's fact table: what reports stamp as the data release.
CREATE TABLE etl_dataset_release (
    dataset_id      nvarchar(100)  NOT NULL PRIMARY KEY REFERENCES dim_dataset (dataset_id),
    load_file_id    bigint         NOT NULL REFERENCES etl_load_file (load_file_id),
    loaded_at       datetimeoffset(3) NOT NULL
);
