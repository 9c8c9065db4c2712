-- Grain: one row per member of each conformed dimension (year, profession, territory, age band, sex, sector, practice type, prescription post, dataset).
-- Booleans are INTEGER 0/1. Keys are small integers fixed by the seed script, identical on every engine.

CREATE TABLE dim_dataset (
    dataset_id      TEXT    NOT NULL PRIMARY KEY,
    short_name      TEXT    NOT NULL UNIQUE,
    title           TEXT    NOT NULL,
    fact_table      TEXT    NOT NULL UNIQUE,
    grain           TEXT    NOT NULL,
    sort_order      INTEGER NOT NULL
) STRICT;

CREATE TABLE dim_year (
    year            INTEGER NOT NULL PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    label           TEXT    NOT NULL
) STRICT;

CREATE TABLE dim_profession (
    profession_key  INTEGER NOT NULL PRIMARY KEY,
    label           TEXT    NOT NULL UNIQUE,
    short_label     TEXT    NOT NULL,
    level           TEXT    NOT NULL CHECK (level IN ('family', 'group', 'profession')),
    parent_key      INTEGER NULL REFERENCES dim_profession (profession_key),
    group_key       INTEGER NULL REFERENCES dim_profession (profession_key),
    family_key      INTEGER NOT NULL REFERENCES dim_profession (profession_key),
    is_aggregate    INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    sort_order      INTEGER NOT NULL
) STRICT;

CREATE TABLE dim_territory (
    territory_key     INTEGER NOT NULL PRIMARY KEY,
    region_code       TEXT    NOT NULL,
    departement_code  TEXT    NOT NULL,
    level             TEXT    NOT NULL CHECK (level IN ('country', 'region', 'departement')),
    label             TEXT    NOT NULL,
    region_label      TEXT    NOT NULL,
    departement_label TEXT    NOT NULL,
    parent_key        INTEGER NULL REFERENCES dim_territory (territory_key),
    region_key        INTEGER NULL REFERENCES dim_territory (territory_key),
    is_drom           INTEGER NOT NULL CHECK (is_drom IN (0, 1)),
    is_aggregate      INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    aggregate_kind    TEXT    NULL CHECK (aggregate_kind IN ('national', 'regional_total')),
    sort_order        INTEGER NOT NULL,
    UNIQUE (region_code, departement_code)
) STRICT;

CREATE TABLE dim_age_band (
    age_band_key    INTEGER NOT NULL PRIMARY KEY,
    label           TEXT    NOT NULL UNIQUE,
    min_age         INTEGER NULL,
    max_age         INTEGER NULL,
    is_60_plus      INTEGER NOT NULL CHECK (is_60_plus IN (0, 1)),
    is_unknown      INTEGER NOT NULL CHECK (is_unknown IN (0, 1)),
    is_aggregate    INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    aggregate_kind  TEXT    NULL CHECK (aggregate_kind IN ('all_ages')),
    sort_order      INTEGER NOT NULL
) STRICT;

CREATE TABLE dim_sex (
    sex_key         INTEGER NOT NULL PRIMARY KEY,
    label           TEXT    NOT NULL UNIQUE,
    short_label     TEXT    NOT NULL,
    is_unknown      INTEGER NOT NULL CHECK (is_unknown IN (0, 1)),
    is_aggregate    INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    aggregate_kind  TEXT    NULL CHECK (aggregate_kind IN ('all_sexes')),
    sort_order      INTEGER NOT NULL
) STRICT;

CREATE TABLE dim_sector (
    sector_key      INTEGER NOT NULL PRIMARY KEY,
    source_code     TEXT    NOT NULL UNIQUE,
    label           TEXT    NOT NULL UNIQUE,
    short_label     TEXT    NOT NULL,
    is_sector_2     INTEGER NOT NULL CHECK (is_sector_2 IN (0, 1)),
    has_optam       INTEGER NULL CHECK (has_optam IN (0, 1)),
    first_year      INTEGER NULL,
    last_year       INTEGER NULL,
    is_aggregate    INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    sort_order      INTEGER NOT NULL
) STRICT;

CREATE TABLE dim_practice_type (
    practice_type_key INTEGER NOT NULL PRIMARY KEY,
    source_code       TEXT    NOT NULL UNIQUE,
    label             TEXT    NOT NULL UNIQUE,
    short_label       TEXT    NOT NULL,
    sort_order        INTEGER NOT NULL
) STRICT;

CREATE TABLE dim_prescription_post (
    prescription_post_key INTEGER NOT NULL PRIMARY KEY,
    source_code           TEXT    NOT NULL UNIQUE,
    label                 TEXT    NOT NULL UNIQUE,
    short_label           TEXT    NOT NULL,
    is_aggregate          INTEGER NOT NULL CHECK (is_aggregate IN (0, 1)),
    aggregate_kind        TEXT    NULL CHECK (aggregate_kind IN ('all_posts')),
    sort_order            INTEGER NOT NULL
) STRICT;

-- Known spellings of a member that differ from its canonical label (U+2019 apostrophe, en dash, capitalisation).
-- Entries are added by a person after checking the variant; the loader never guesses.
CREATE TABLE dim_label_alias (
    dimension       TEXT    NOT NULL CHECK (dimension IN ('profession', 'age_band', 'sex', 'sector', 'practice_type', 'prescription_post')),
    observed_label  TEXT    NOT NULL,
    canonical_key   INTEGER NOT NULL,
    added_on        TEXT    NOT NULL,
    note            TEXT    NULL,
    PRIMARY KEY (dimension, observed_label)
) STRICT;

-- Portal display switches (oui/non) published with every row; attributes of a profession, not part of any grain.
CREATE TABLE dim_profession_display (
    profession_key                INTEGER NOT NULL REFERENCES dim_profession (profession_key),
    dataset_id                    TEXT    NOT NULL REFERENCES dim_dataset (dataset_id),
    vision_generale_all           INTEGER NULL CHECK (vision_generale_all IN (0, 1)),
    vision_generale_prescriptions INTEGER NULL CHECK (vision_generale_prescriptions IN (0, 1)),
    vision_profession_territoire  INTEGER NULL CHECK (vision_profession_territoire IN (0, 1)),
    PRIMARY KEY (profession_key, dataset_id)
) STRICT;
