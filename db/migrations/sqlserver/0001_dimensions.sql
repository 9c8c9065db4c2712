-- Grain: one row per member of each conformed dimension (year, profession, territory, age band, sex, sector, practice type, prescription post, dataset).
-- Booleans are bit. Keys are small integers fixed by the seed script, identical on every engine.

CREATE TABLE dim_dataset (
    dataset_id      nvarchar(100) NOT NULL PRIMARY KEY,
    short_name      nvarchar(50)  NOT NULL UNIQUE,
    title           nvarchar(200) NOT NULL,
    fact_table      nvarchar(128) NOT NULL UNIQUE,
    grain           nvarchar(200) NOT NULL,
    sort_order      int           NOT NULL
);

CREATE TABLE dim_year (
    year            int           NOT NULL PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    label           nvarchar(200) NOT NULL
);

CREATE TABLE dim_profession (
    profession_key  int           NOT NULL PRIMARY KEY,
    label           nvarchar(200) NOT NULL UNIQUE,
    short_label     nvarchar(200) NOT NULL,
    level           nvarchar(20)  NOT NULL CHECK (level IN ('family', 'group', 'profession')),
    parent_key      int           NULL REFERENCES dim_profession (profession_key),
    group_key       int           NULL REFERENCES dim_profession (profession_key),
    family_key      int           NOT NULL REFERENCES dim_profession (profession_key),
    is_aggregate    bit           NOT NULL,
    sort_order      int           NOT NULL
);

CREATE TABLE dim_territory (
    territory_key     int           NOT NULL PRIMARY KEY,
    region_code       nvarchar(10)  NOT NULL,
    departement_code  nvarchar(10)  NOT NULL,
    level             nvarchar(20)  NOT NULL CHECK (level IN ('country', 'region', 'departement')),
    label             nvarchar(200) NOT NULL,
    region_label      nvarchar(200) NOT NULL,
    departement_label nvarchar(200) NOT NULL,
    parent_key        int           NULL REFERENCES dim_territory (territory_key),
    region_key        int           NULL REFERENCES dim_territory (territory_key),
    is_drom           bit           NOT NULL,
    is_aggregate      bit           NOT NULL,
    aggregate_kind    nvarchar(20)  NULL CHECK (aggregate_kind IN ('national', 'regional_total')),
    sort_order        int           NOT NULL,
    UNIQUE (region_code, departement_code)
);

CREATE TABLE dim_age_band (
    age_band_key    int           NOT NULL PRIMARY KEY,
    label           nvarchar(200) NOT NULL UNIQUE,
    min_age         int           NULL,
    max_age         int           NULL,
    is_60_plus      bit           NOT NULL,
    is_unknown      bit           NOT NULL,
    is_aggregate    bit           NOT NULL,
    aggregate_kind  nvarchar(20)  NULL CHECK (aggregate_kind IN ('all_ages')),
    sort_order      int           NOT NULL
);

CREATE TABLE dim_sex (
    sex_key         int           NOT NULL PRIMARY KEY,
    label           nvarchar(200) NOT NULL UNIQUE,
    short_label     nvarchar(200) NOT NULL,
    is_unknown      bit           NOT NULL,
    is_aggregate    bit           NOT NULL,
    aggregate_kind  nvarchar(20)  NULL CHECK (aggregate_kind IN ('all_sexes')),
    sort_order      int           NOT NULL
);

CREATE TABLE dim_sector (
    sector_key      int           NOT NULL PRIMARY KEY,
    source_code     nvarchar(10)  NOT NULL UNIQUE,
    label           nvarchar(200) NOT NULL UNIQUE,
    short_label     nvarchar(200) NOT NULL,
    is_sector_2     bit           NOT NULL,
    has_optam       bit           NULL,
    first_year      int           NULL,
    last_year       int           NULL,
    is_aggregate    bit           NOT NULL,
    sort_order      int           NOT NULL
);

CREATE TABLE dim_practice_type (
    practice_type_key int           NOT NULL PRIMARY KEY,
    source_code       nvarchar(10)  NOT NULL UNIQUE,
    label             nvarchar(200) NOT NULL UNIQUE,
    short_label       nvarchar(200) NOT NULL,
    sort_order        int           NOT NULL
);

CREATE TABLE dim_prescription_post (
    prescription_post_key int           NOT NULL PRIMARY KEY,
    source_code           nvarchar(10)  NOT NULL UNIQUE,
    label                 nvarchar(200) NOT NULL UNIQUE,
    short_label           nvarchar(200) NOT NULL,
    is_aggregate          bit           NOT NULL,
    aggregate_kind        nvarchar(20)  NULL CHECK (aggregate_kind IN ('all_posts')),
    sort_order            int           NOT NULL
);

-- Known spellings of a member that differ from its canonical label (U+2019 apostrophe, en dash, capitalisation).
-- Entries are added by a person after checking the variant; the loader never guesses.
CREATE TABLE dim_label_alias (
    dimension       nvarchar(20)  NOT NULL CHECK (dimension IN ('profession', 'age_band', 'sex', 'sector', 'practice_type', 'prescription_post')),
    observed_label  nvarchar(200) NOT NULL,
    canonical_key   int           NOT NULL,
    added_on        nvarchar(30)  NOT NULL,
    note            nvarchar(max) NULL,
    PRIMARY KEY (dimension, observed_label)
);

-- Portal display switches (oui/non) published with every row; attributes of a profession, not part of any grain.
CREATE TABLE dim_profession_display (
    profession_key                int           NOT NULL REFERENCES dim_profession (profession_key),
    dataset_id                    nvarchar(100) NOT NULL REFERENCES dim_dataset (dataset_id),
    vision_generale_all           bit           NULL,
    vision_generale_prescriptions bit           NULL,
    vision_profession_territoire  bit           NULL,
    PRIMARY KEY (profession_key, dataset_id)
);
