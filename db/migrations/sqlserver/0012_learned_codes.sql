-- Grain: one row per member of the coded dimensions (sector, practice type, prescription post, age band); one row per code a published file taught (etl_learned_code).
-- Labels are the reference; codes are learned from the publication. A seeded source_code is provisional until a
-- published file pairs it with its label (the loader records that pairing in etl_learned_code, in the load's
-- transaction, and rewrites source_code); a provisional code another member turned out to own becomes NULL.
-- SQL Server allows one NULL in a UNIQUE constraint: the unnamed constraints become filtered unique indexes.

DECLARE @drop nvarchar(max) = N'';
SELECT @drop = @drop + N'ALTER TABLE ' + QUOTENAME(t.name) + N' DROP CONSTRAINT ' + QUOTENAME(kc.name) + N'; '
FROM sys.key_constraints AS kc
JOIN sys.tables AS t ON t.object_id = kc.parent_object_id
JOIN sys.index_columns AS ic ON ic.object_id = kc.parent_object_id AND ic.index_id = kc.unique_index_id
JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE kc.type = 'UQ' AND c.name = N'source_code' AND t.name IN (N'dim_sector', N'dim_practice_type', N'dim_prescription_post');
EXEC sp_executesql @drop;

ALTER TABLE dim_sector ALTER COLUMN source_code nvarchar(10) NULL;
ALTER TABLE dim_practice_type ALTER COLUMN source_code nvarchar(10) NULL;
ALTER TABLE dim_prescription_post ALTER COLUMN source_code nvarchar(10) NULL;
CREATE UNIQUE INDEX ux_dim_sector_source_code ON dim_sector (source_code) WHERE source_code IS NOT NULL;
CREATE UNIQUE INDEX ux_dim_practice_type_source_code ON dim_practice_type (source_code) WHERE source_code IS NOT NULL;
CREATE UNIQUE INDEX ux_dim_prescription_post_source_code ON dim_prescription_post (source_code) WHERE source_code IS NOT NULL;

-- The real export proves `total` is the all-posts code; posts 1-8 take the mapping the 2024 magnitudes make most likely
-- (docs/data-format.md), still provisional: the published (code, label) pairs decide. Cleared first: codes are unique.
UPDATE dim_prescription_post SET source_code = NULL;
UPDATE dim_prescription_post SET source_code = CASE prescription_post_key
    WHEN 1 THEN N'1' WHEN 2 THEN N'3' WHEN 3 THEN N'2' WHEN 4 THEN N'7' WHEN 5 THEN N'5'
    WHEN 6 THEN N'4' WHEN 7 THEN N'6' WHEN 8 THEN N'8' WHEN 9 THEN N'total' END;

-- Age bands had no code: real files write `tout_age` for Tout âge, consumers `60-64`, `65-69`, `70+`; the rest follow that style.
ALTER TABLE dim_age_band ADD source_code nvarchar(20) NULL;
EXEC sp_executesql N'UPDATE dim_age_band SET source_code = CASE age_band_key
    WHEN 1 THEN N''<25'' WHEN 2 THEN N''25-29'' WHEN 3 THEN N''30-34'' WHEN 4 THEN N''35-39'' WHEN 5 THEN N''40-44'' WHEN 6 THEN N''45-49''
    WHEN 7 THEN N''50-54'' WHEN 8 THEN N''55-59'' WHEN 9 THEN N''60-64'' WHEN 10 THEN N''65-69'' WHEN 11 THEN N''70+''
    WHEN 12 THEN N''inconnu'' WHEN 13 THEN N''tout_age'' END;';
CREATE UNIQUE INDEX ux_dim_age_band_source_code ON dim_age_band (source_code) WHERE source_code IS NOT NULL;

-- Grain: one row per coded-dimension member whose code a published file set (dimension × member).
-- The first published pairing of the member's code: which file and which line showed it. Later files must agree.
CREATE TABLE etl_learned_code (
    dimension       nvarchar(20)      NOT NULL CHECK (dimension IN ('age_band', 'sector', 'practice_type', 'prescription_post')),
    member_key      int               NOT NULL,
    source_code     nvarchar(20)      NOT NULL,
    published_label nvarchar(200)     NOT NULL,
    load_file_id    bigint            NOT NULL REFERENCES etl_load_file (load_file_id),
    line_number     bigint            NOT NULL,
    learned_at      datetimeoffset(3) NOT NULL,
    PRIMARY KEY (dimension, member_key),
    UNIQUE (dimension, source_code)
);
