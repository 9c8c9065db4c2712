-- Grain: one row per member of the coded dimensions (sector, practice type, prescription post, age band); one row per code a published file taught (etl_learned_code).
-- Labels are the reference; codes are learned from the publication. A seeded source_code is provisional until a
-- published file pairs it with its label (the loader records that pairing in etl_learned_code, in the load's
-- transaction, and rewrites source_code); a provisional code another member turned out to own becomes NULL.
-- SQLite cannot drop NOT NULL: the three tables are rebuilt (same columns and rows; views refer to them by name).

CREATE TABLE dim_sector_0012 AS SELECT * FROM dim_sector;
DROP TABLE dim_sector;
CREATE TABLE dim_sector (
    sector_key      INTEGER NOT NULL PRIMARY KEY,
    source_code     TEXT    NULL UNIQUE,
    label           TEXT    NOT NULL UNIQUE,
    short_label     TEXT    NOT NULL,
    is_sector_2     INTEGER NOT NULL CHECK (is_sector_2 IN (0, 1)),
    has_optam       INTEGER NULL CHECK (has_optam IN (0, 1)),
    first_year      INTEGER NULL,
    last_year       INTEGER NULL,
    is_aggregate    INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    sort_order      INTEGER NOT NULL
) STRICT;
INSERT INTO dim_sector SELECT * FROM dim_sector_0012;
DROP TABLE dim_sector_0012;

CREATE TABLE dim_practice_type_0012 AS SELECT * FROM dim_practice_type;
DROP TABLE dim_practice_type;
CREATE TABLE dim_practice_type (
    practice_type_key INTEGER NOT NULL PRIMARY KEY,
    source_code       TEXT    NULL UNIQUE,
    label             TEXT    NOT NULL UNIQUE,
    short_label       TEXT    NOT NULL,
    sort_order        INTEGER NOT NULL
) STRICT;
INSERT INTO dim_practice_type SELECT * FROM dim_practice_type_0012;
DROP TABLE dim_practice_type_0012;

-- The real export proves `total` is the all-posts code; posts 1-8 take the mapping the 2024 magnitudes make most likely
-- (docs/data-format.md), still provisional: the published (code, label) pairs decide.
CREATE TABLE dim_prescription_post_0012 AS SELECT * FROM dim_prescription_post;
DROP TABLE dim_prescription_post;
CREATE TABLE dim_prescription_post (
    prescription_post_key INTEGER NOT NULL PRIMARY KEY,
    source_code           TEXT    NULL UNIQUE,
    label                 TEXT    NOT NULL UNIQUE,
    short_label           TEXT    NOT NULL,
    is_aggregate          INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    aggregate_kind        TEXT    NULL CHECK (aggregate_kind IN ('all_posts')),
    sort_order            INTEGER NOT NULL
) STRICT;
INSERT INTO dim_prescription_post
SELECT prescription_post_key,
       CASE prescription_post_key WHEN 1 THEN '1' WHEN 2 THEN '3' WHEN 3 THEN '2' WHEN 4 THEN '7' WHEN 5 THEN '5'
                                  WHEN 6 THEN '4' WHEN 7 THEN '6' WHEN 8 THEN '8' WHEN 9 THEN 'total' END,
       label, short_label, is_aggregate, aggregate_kind, sort_order
FROM dim_prescription_post_0012;
DROP TABLE dim_prescription_post_0012;

-- Age bands had no code: real files write `tout_age` for Tout âge, consumers `60-64`, `65-69`, `70+`; the rest follow that style.
ALTER TABLE dim_age_band ADD COLUMN source_code TEXT NULL;
UPDATE dim_age_band SET source_code = CASE age_band_key
    WHEN 1 THEN '<25' WHEN 2 THEN '25-29' WHEN 3 THEN '30-34' WHEN 4 THEN '35-39' WHEN 5 THEN '40-44' WHEN 6 THEN '45-49'
    WHEN 7 THEN '50-54' WHEN 8 THEN '55-59' WHEN 9 THEN '60-64' WHEN 10 THEN '65-69' WHEN 11 THEN '70+'
    WHEN 12 THEN 'inconnu' WHEN 13 THEN 'tout_age' END;
CREATE UNIQUE INDEX ux_dim_age_band_source_code ON dim_age_band (source_code);

-- Grain: one row per coded-dimension member whose code a published file set (dimension × member).
-- The first published pairing of the member's code: which file and which line showed it. Later files must agree.
CREATE TABLE etl_learned_code (
    dimension       TEXT    NOT NULL CHECK (dimension IN ('age_band', 'sector', 'practice_type', 'prescription_post')),
    member_key      INTEGER NOT NULL,
    source_code     TEXT    NOT NULL,
    published_label TEXT    NOT NULL,
    load_file_id    INTEGER NOT NULL REFERENCES etl_load_file (load_file_id),
    line_number     INTEGER NOT NULL,
    learned_at      TEXT    NOT NULL,
    PRIMARY KEY (dimension, member_key),
    UNIQUE (dimension, source_code)
) STRICT;
