-- Grain: one row per subscription; one row per recipient of a subscription; one row per archived rendered file; one row per (subscription, occurrence, recipient) delivery.
-- Timestamps are datetimeoffset(3), written in UTC. Parameters are a JSON object of the report's parameters.

CREATE TABLE app_subscription (
    subscription_id bigint         IDENTITY(1,1) NOT NULL PRIMARY KEY,
    name            nvarchar(200)  NOT NULL UNIQUE,
    report          nvarchar(20)   NOT NULL CHECK (report = 'territory' OR report = 'profession'),
    parameters      nvarchar(max)  NOT NULL,
    formats         nvarchar(50)   NOT NULL,
    schedule_cron   nvarchar(100)  NULL,
    time_zone       nvarchar(100)  NULL,
    after_load      bit            NOT NULL DEFAULT 0,
    channel         nvarchar(10)   NOT NULL CHECK (channel = 'email' OR channel = 'folder'),
    created_at      datetimeoffset(3) NOT NULL,
    created_by      nvarchar(200)  NULL,
    CHECK ((schedule_cron IS NULL AND after_load = 1) OR (schedule_cron IS NOT NULL AND after_load = 0))
);

-- An e-mail address, or for the folder channel the name of a configured delivery folder (never a path).
CREATE TABLE app_subscription_recipient (
    subscription_id bigint         NOT NULL REFERENCES app_subscription (subscription_id) ON DELETE CASCADE,
    recipient       nvarchar(320)  NOT NULL,
    PRIMARY KEY (subscription_id, recipient)
);

-- Every file the server rendered; the file itself is stored under the archive folder by its SHA-256.
CREATE TABLE app_report_archive (
    archive_id      bigint         IDENTITY(1,1) NOT NULL PRIMARY KEY,
    report          nvarchar(20)   NOT NULL,
    parameters      nvarchar(max)  NOT NULL,
    format          nvarchar(10)   NOT NULL,
    file_name       nvarchar(255)  NOT NULL,
    content_type    nvarchar(100)  NOT NULL,
    bytes           bigint         NOT NULL,
    sha256          char(64)       NOT NULL,
    data_release    nvarchar(max)  NOT NULL,
    schema_version  nvarchar(100)  NOT NULL,
    is_synthetic    bit            NOT NULL,
    rendered_at     datetimeoffset(3) NOT NULL,
    rendered_by     nvarchar(200)  NULL,
    subscription_id bigint         NULL,
    occurrence      nvarchar(200)  NULL
);

CREATE INDEX ix_app_report_archive_rendered ON app_report_archive (rendered_at);
CREATE UNIQUE INDEX ux_app_report_archive_occurrence ON app_report_archive (subscription_id, occurrence, format) WHERE subscription_id IS NOT NULL;

-- The delivery log, and the claim that makes a delivery happen once: one row per (subscription, occurrence, recipient).
CREATE TABLE app_delivery (
    delivery_id       bigint         IDENTITY(1,1) NOT NULL PRIMARY KEY,
    subscription_id   bigint         NOT NULL,
    subscription_name nvarchar(200)  NOT NULL,
    occurrence        nvarchar(200)  NOT NULL,
    recipient         nvarchar(320)  NOT NULL,
    channel           nvarchar(10)   NOT NULL CHECK (channel = 'email' OR channel = 'folder'),
    status            nvarchar(10)   NOT NULL CHECK (status = 'pending' OR status = 'sending' OR status = 'sent' OR status = 'retrying' OR status = 'failed'),
    attempts          int            NOT NULL DEFAULT 0,
    last_error        nvarchar(max)  NULL,
    claimed_by        nvarchar(200)  NULL,
    claimed_until     datetimeoffset(3) NULL,
    created_at        datetimeoffset(3) NOT NULL,
    updated_at        datetimeoffset(3) NOT NULL,
    sent_at           datetimeoffset(3) NULL,
    UNIQUE (subscription_id, occurrence, recipient)
);

CREATE INDEX ix_app_delivery_updated ON app_delivery (updated_at);
