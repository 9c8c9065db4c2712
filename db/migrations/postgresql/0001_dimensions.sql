-- Grain: one row per member of each conformed dimension (year, profession, territory, age band, sex, sector, practice type, prescription post, dataset).
-- Booleans are boolean. Keys are small integers fixed by the seed script, identical on every engine.

CREATE TABLE dim_dataset (
    dataset_id      text    NOT NULL PRIMARY KEY,
    short_name      text    NOT NULL UNIQUE,
    title           text    NOT NULL,
    fact_table      text    NOT NULL UNIQUE,
    grain           text    NOT NULL,
    sort_order      integer NOT NULL
);

CREATE TABLE dim_year (
    year            integer NOT NULL PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    label           text    NOT NULL
);

CREATE TABLE dim_profession (
    profession_key  integer NOT NULL PRIMARY KEY,
    label           text    NOT NULL UNIQUE,
    short_label     text    NOT NULL,
    level           text    NOT NULL CHECK (level IN ('family', 'group', 'profession')),
    parent_key      integer NULL REFERENCES dim_profession (profession_key),
    group_key       integer NULL REFERENCES dim_profession (profession_key),
    family_key      integer NOT NULL REFERENCES dim_profession (profession_key),
    is_aggregate    boolean NOT NULL,
    sort_order      integer NOT NULL
);

CREATE TABLE dim_territory (
    territory_key     integer NOT NULL PRIMARY KEY,
    region_code       text    NOT NULL,
    departement_code  text    NOT NULL,
    level             text    NOT NULL CHECK (level IN ('country', 'region', 'departement')),
    label             text    NOT NULL,
    region_label      text    NOT NULL,
    departement_label text    NOT NULL,
    parent_key        integer NULL REFERENCES dim_territory (territory_key),
    region_key        integer NULL REFERENCES dim_territory (territory_key),
    is_drom           boolean NOT NULL,
    is_aggregate      boolean NOT NULL,
    aggregate_kind    text    NULL CHECK (aggregate_kind IN ('national', 'regional_total')),
    sort_order        integer NOT NULL,
    UNIQUE (region_code, departement_code)
);

CREATE TABLE dim_age_band (
    age_band_key    integer NOT NULL PRIMARY KEY,
    label           text    NOT NULL UNIQUE,
    min_age         integer NULL,
    max_age         integer NULL,
    is_60_plus      boolean NOT NULL,
    is_unknown      boolean NOT NULL,
    is_aggregate    boolean NOT NULL,
    aggregate_kind  text    NULL CHECK (aggregate_kind IN ('all_ages')),
    sort_order      integer NOT NULL
);

CREATE TABLE dim_sex (
    sex_key         integer NOT NULL PRIMARY KEY,
    label           text    NOT NULL UNIQUE,
    short_label     text    NOT NULL,
    is_unknown      boolean NOT NULL,
    is_aggregate    boolean NOT NULL,
    aggregate_kind  text    NULL CHECK (aggregate_kind IN ('all_sexes')),
    sort_order      integer NOT NULL
);

CREATE TABLE dim_sector (
    sector_key      integer NOT NULL PRIMARY KEY,
    source_code     text    NOT NULL UNIQUE,
    label           text    NOT NULL UNIQUE,
    short_label     text    NOT NULL,
    is_sector_2     boolean NOT NULL,
    has_optam       boolean NULL,
    first_year      integer NULL,
    last_year       integer NULL,
    is_aggregate    boolean NOT NULL,
    sort_order      integer NOT NULL
);

CREATE TABLE dim_practice_type (
    practice_type_key integer NOT NULL PRIMARY KEY,
    source_code       text    NOT NULL UNIQUE,
    label             text    NOT NULL UNIQUE,
    short_label       text    NOT NULL,
    sort_order        integer NOT NULL
);

CREATE TABLE dim_prescription_post (
    prescription_post_key integer NOT NULL PRIMARY KEY,
    source_code           text    NOT NULL UNIQUE,
    label                 text    NOT NULL UNIQUE,
    short_label           text    NOT NULL,
    is_aggregate          boolean NOT NULL,
    aggregate_kind        text    NULL CHECK (aggregate_kind IN ('all_posts')),
    sort_order            integer NOT NULL
);

-- Known spellings of a member that differ from its canonical label (U+2019 apostrophe, en dash, capitalisation).
-- Entries are added by a person after checking the variant; the loader never guesses.
CREATE TABLE dim_label_alias (
    dimension       text    NOT NULL CHECK (dimension IN ('profession', 'age_band', 'sex', 'sector', 'practice_type', 'prescription_post')),
    observed_label  text    NOT NULL,
    canonical_key   integer NOT NULL,
    added_on        text    NOT NULL,
    note            text    NULL,
    PRIMARY KEY (dimension, observed_label)
);

-- Portal display switches (oui/non) published with every row; attributes of a profession, not part of any grain.
CREATE TABLE dim_profession_display (
    profession_key                integer NOT NULL REFERENCES dim_profession (profession_key),
    dataset_id                    text    NOT NULL REFERENCES dim_dataset (dataset_id),
    vision_generale_all           boolean NULL,
    vision_generale_prescriptions boolean NULL,
    vision_profession_territoire  boolean NULL,
    PRIMARY KEY (profession_key, dataset_id)
);
