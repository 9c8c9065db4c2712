-- Grain: one row per archived rendered file (app_report_archive gains the key of the briefing cache).
-- A briefing exists once per data release: the key names the report, its requested parameters, the live release of every
-- dataset, the schema version and the renderer version (SHA-256, hexadecimal). The first request renders and archives the
-- file with its key; later requests with the same key stream the archived file. A load that publishes a new release
-- changes every key, so an old file is never served for new data.
ALTER TABLE app_report_archive ADD COLUMN cache_key text NULL;
CREATE INDEX ix_app_report_archive_cache_key ON app_report_archive (cache_key);
