-- Grain: one row per member of the coded dimensions (sector, practice type, prescription post, age band); one row per code a published file taught (etl_learned_code).
-- Labels are the reference; codes are learned from the publication. A seeded source_code is provisional until a
-- published file pairs it with its label (the loader records that pairing in etl_learned_code, in the load's
-- transaction, and rewrites source_code); a provisional code another member turned out to own becomes NULL.

ALTER TABLE dim_sector ALTER COLUMN source_code DROP NOT NULL;
ALTER TABLE dim_practice_type ALTER COLUMN source_code DROP NOT NULL;
ALTER TABLE dim_prescription_post ALTER COLUMN source_code DROP NOT NULL;

-- The real export proves `total` is the all-posts code; posts 1-8 take the mapping the 2024 magnitudes make most likely
-- (docs/data-format.md), still provisional: the published (code, label) pairs decide. Cleared first: codes are unique.
UPDATE dim_prescription_post SET source_code = NULL;
UPDATE dim_prescription_post SET source_code = CASE prescription_post_key
    WHEN 1 THEN '1' WHEN 2 THEN '3' WHEN 3 THEN '2' WHEN 4 THEN '7' WHEN 5 THEN '5'
    WHEN 6 THEN '4' WHEN 7 THEN '6' WHEN 8 THEN '8' WHEN 9 THEN 'total' END;

-- Age bands had no code: real files write `tout_age` for Tout âge, consumers `60-64`, `65-69`, `70+`; the rest follow that style.
ALTER TABLE dim_age_band ADD COLUMN source_code text NULL;
UPDATE dim_age_band SET source_code = CASE age_band_key
    WHEN 1 THEN '<25' WHEN 2 THEN '25-29' WHEN 3 THEN '30-34' WHEN 4 THEN '35-39' WHEN 5 THEN '40-44' WHEN 6 THEN '45-49'
    WHEN 7 THEN '50-54' WHEN 8 THEN '55-59' WHEN 9 THEN '60-64' WHEN 10 THEN '65-69' WHEN 11 THEN '70+'
    WHEN 12 THEN 'inconnu' WHEN 13 THEN 'tout_age' END;
CREATE UNIQUE INDEX ux_dim_age_band_source_code ON dim_age_band (source_code);

-- Grain: one row per coded-dimension member whose code a published file set (dimension × member).
-- The first published pairing of the member's code: which file and which line showed it. Later files must agree.
CREATE TABLE etl_learned_code (
    dimension       text        NOT NULL CHECK (dimension IN ('age_band', 'sector', 'practice_type', 'prescription_post')),
    member_key      integer     NOT NULL,
    source_code     text        NOT NULL,
    published_label text        NOT NULL,
    load_file_id    bigint      NOT NULL REFERENCES etl_load_file (load_file_id),
    line_number     bigint      NOT NULL,
    learned_at      timestamptz NOT NULL,
    PRIMARY KEY (dimension, member_key),
    UNIQUE (dimension, source_code)
);
