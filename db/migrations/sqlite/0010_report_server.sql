-- Grain: one row per subscription; one row per recipient of a subscription; one row per archived rendered file; one row per (subscription, occurrence, recipient) delivery.
-- Timestamps are ISO-8601 UTC text ('2026-11-28T16:30:00.000Z'). Parameters are a JSON object of the report's parameters.

CREATE TABLE app_subscription (
    subscription_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL UNIQUE,
    report          TEXT    NOT NULL CHECK (report = 'territory' OR report = 'profession'),
    parameters      TEXT    NOT NULL,
    formats         TEXT    NOT NULL,
    schedule_cron   TEXT    NULL,
    time_zone       TEXT    NULL,
    after_load      INTEGER NOT NULL DEFAULT 0 CHECK (after_load IN (0, 1)),
    channel         TEXT    NOT NULL CHECK (channel = 'email' OR channel = 'folder'),
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NULL,
    CHECK ((schedule_cron IS NULL AND after_load = 1) OR (schedule_cron IS NOT NULL AND after_load = 0))
) STRICT;

-- An e-mail address, or for the folder channel the name of a configured delivery folder (never a path).
CREATE TABLE app_subscription_recipient (
    subscription_id INTEGER NOT NULL REFERENCES app_subscription (subscription_id) ON DELETE CASCADE,
    recipient       TEXT    NOT NULL,
    PRIMARY KEY (subscription_id, recipient)
) STRICT;

-- Every file the server rendered; the file itself is stored under the archive folder by its SHA-256.
CREATE TABLE app_report_archive (
    archive_id      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    report          TEXT    NOT NULL,
    parameters      TEXT    NOT NULL,
    format          TEXT    NOT NULL,
    file_name       TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    bytes           INTEGER NOT NULL,
    sha256          TEXT    NOT NULL,
    data_release    TEXT    NOT NULL,
    schema_version  TEXT    NOT NULL,
    is_synthetic    INTEGER NOT NULL CHECK (is_synthetic IN (0, 1)),
    rendered_at     TEXT    NOT NULL,
    rendered_by     TEXT    NULL,
    subscription_id INTEGER NULL,
    occurrence      TEXT    NULL
) STRICT;

CREATE INDEX ix_app_report_archive_rendered ON app_report_archive (rendered_at);
CREATE UNIQUE INDEX ux_app_report_archive_occurrence ON app_report_archive (subscription_id, occurrence, format) WHERE subscription_id IS NOT NULL;

-- The delivery log, and the claim that makes a delivery happen once: one row per (subscription, occurrence, recipient).
CREATE TABLE app_delivery (
    delivery_id       INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    subscription_id   INTEGER NOT NULL,
    subscription_name TEXT    NOT NULL,
    occurrence        TEXT    NOT NULL,
    recipient         TEXT    NOT NULL,
    channel           TEXT    NOT NULL CHECK (channel = 'email' OR channel = 'folder'),
    status            TEXT    NOT NULL CHECK (status = 'pending' OR status = 'sending' OR status = 'sent' OR status = 'retrying' OR status = 'failed'),
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT    NULL,
    claimed_by        TEXT    NULL,
    claimed_until     TEXT    NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    sent_at           TEXT    NULL,
    UNIQUE (subscription_id, occurrence, recipient)
) STRICT;

CREATE INDEX ix_app_delivery_updated ON app_delivery (updated_at);
