-- Grain: one table per dataset, each at the grain stated above it; measures are NULL with a status (NS secret, NC not applicable, EMPTY) when not published, never 0.
-- Status checks are written with OR, not IN: on SQLite an IN-list CHECK made bulk inserts five times slower (measured).
-- No foreign-key constraints on facts: the loader resolves every key against the dimensions and the data tests check that
-- every fact key resolves; per-row FK checks made a PostgreSQL publish 30 times slower (15 s for 172 224 rows, measured).

-- Grain: one row per year × profession × territory × age band × sex (dataset demographie-effectifs-et-les-densites).
CREATE TABLE fact_headcount_density (
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    age_band_key integer NOT NULL,
    sex_key integer NOT NULL,
    headcount bigint NULL,
    headcount_status text NULL CHECK (headcount_status = 'NS' OR headcount_status = 'NC' OR headcount_status = 'EMPTY'),
    density double precision NULL,
    density_status text NULL CHECK (density_status = 'NS' OR density_status = 'NC' OR density_status = 'EMPTY'),
    load_file_id bigint NOT NULL,
    PRIMARY KEY (year, profession_key, territory_key, age_band_key, sex_key),
    CHECK ((headcount IS NULL AND headcount_status IS NOT NULL) OR (headcount IS NOT NULL AND headcount_status IS NULL)),
    CHECK (headcount >= 0),
    CHECK ((density IS NULL AND density_status IS NOT NULL) OR (density IS NOT NULL AND density_status IS NULL))
);

-- Grain: one row per year × profession, national only (dataset demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans).
CREATE TABLE fact_demographic_profile (
    year integer NOT NULL,
    profession_key integer NOT NULL,
    share_women double precision NULL,
    share_women_status text NULL CHECK (share_women_status = 'NS' OR share_women_status = 'NC' OR share_women_status = 'EMPTY'),
    share_men double precision NULL,
    share_men_status text NULL CHECK (share_men_status = 'NS' OR share_men_status = 'NC' OR share_men_status = 'EMPTY'),
    share_60_plus double precision NULL,
    share_60_plus_status text NULL CHECK (share_60_plus_status = 'NS' OR share_60_plus_status = 'NC' OR share_60_plus_status = 'EMPTY'),
    share_under_60 double precision NULL,
    share_under_60_status text NULL CHECK (share_under_60_status = 'NS' OR share_under_60_status = 'NC' OR share_under_60_status = 'EMPTY'),
    mean_age bigint NULL,
    mean_age_status text NULL CHECK (mean_age_status = 'NS' OR mean_age_status = 'NC' OR mean_age_status = 'EMPTY'),
    mean_age_women bigint NULL,
    mean_age_women_status text NULL CHECK (mean_age_women_status = 'NS' OR mean_age_women_status = 'NC' OR mean_age_women_status = 'EMPTY'),
    mean_age_men bigint NULL,
    mean_age_men_status text NULL CHECK (mean_age_men_status = 'NS' OR mean_age_men_status = 'NC' OR mean_age_men_status = 'EMPTY'),
    load_file_id bigint NOT NULL,
    PRIMARY KEY (year, profession_key),
    CHECK ((share_women IS NULL AND share_women_status IS NOT NULL) OR (share_women IS NOT NULL AND share_women_status IS NULL)),
    CHECK ((share_men IS NULL AND share_men_status IS NOT NULL) OR (share_men IS NOT NULL AND share_men_status IS NULL)),
    CHECK ((share_60_plus IS NULL AND share_60_plus_status IS NOT NULL) OR (share_60_plus IS NOT NULL AND share_60_plus_status IS NULL)),
    CHECK ((share_under_60 IS NULL AND share_under_60_status IS NOT NULL) OR (share_under_60 IS NOT NULL AND share_under_60_status IS NULL)),
    CHECK ((mean_age IS NULL AND mean_age_status IS NOT NULL) OR (mean_age IS NOT NULL AND mean_age_status IS NULL)),
    CHECK (mean_age >= 0),
    CHECK ((mean_age_women IS NULL AND mean_age_women_status IS NOT NULL) OR (mean_age_women IS NOT NULL AND mean_age_women_status IS NULL)),
    CHECK (mean_age_women >= 0),
    CHECK ((mean_age_men IS NULL AND mean_age_men_status IS NOT NULL) OR (mean_age_men IS NOT NULL AND mean_age_men_status IS NULL)),
    CHECK (mean_age_men >= 0)
);

-- Grain: one row per year × profession × territory × sector (dataset demographie-secteurs-conventionnels).
CREATE TABLE fact_headcount_by_sector (
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    sector_key integer NOT NULL,
    headcount bigint NULL,
    headcount_status text NULL CHECK (headcount_status = 'NS' OR headcount_status = 'NC' OR headcount_status = 'EMPTY'),
    load_file_id bigint NOT NULL,
    PRIMARY KEY (year, profession_key, territory_key, sector_key),
    CHECK ((headcount IS NULL AND headcount_status IS NOT NULL) OR (headcount IS NOT NULL AND headcount_status IS NULL)),
    CHECK (headcount >= 0)
);

-- Grain: one row per year × profession × territory × practice type (dataset demographie-exercices-liberaux).
CREATE TABLE fact_headcount_by_practice_type (
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    practice_type_key integer NOT NULL,
    headcount bigint NULL,
    headcount_status text NULL CHECK (headcount_status = 'NS' OR headcount_status = 'NC' OR headcount_status = 'EMPTY'),
    load_file_id bigint NOT NULL,
    PRIMARY KEY (year, profession_key, territory_key, practice_type_key),
    CHECK ((headcount IS NULL AND headcount_status IS NOT NULL) OR (headcount IS NOT NULL AND headcount_status IS NULL)),
    CHECK (headcount >= 0)
);

-- Grain: one row per year × profession × territory (dataset honoraires).
CREATE TABLE fact_fees (
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    tariff_fees_total bigint NULL,
    tariff_fees_total_status text NULL CHECK (tariff_fees_total_status = 'NS' OR tariff_fees_total_status = 'NC' OR tariff_fees_total_status = 'EMPTY'),
    extra_billing_total bigint NULL,
    extra_billing_total_status text NULL CHECK (extra_billing_total_status = 'NS' OR extra_billing_total_status = 'NC' OR extra_billing_total_status = 'EMPTY'),
    tariff_fees_mean double precision NULL,
    tariff_fees_mean_status text NULL CHECK (tariff_fees_mean_status = 'NS' OR tariff_fees_mean_status = 'NC' OR tariff_fees_mean_status = 'EMPTY'),
    extra_billing_mean double precision NULL,
    extra_billing_mean_status text NULL CHECK (extra_billing_mean_status = 'NS' OR extra_billing_mean_status = 'NC' OR extra_billing_mean_status = 'EMPTY'),
    extra_billing_rate_s2 double precision NULL,
    extra_billing_rate_s2_status text NULL CHECK (extra_billing_rate_s2_status = 'NS' OR extra_billing_rate_s2_status = 'NC' OR extra_billing_rate_s2_status = 'EMPTY'),
    extra_billing_rate_s2_non_optam double precision NULL,
    extra_billing_rate_s2_non_optam_status text NULL CHECK (extra_billing_rate_s2_non_optam_status = 'NS' OR extra_billing_rate_s2_non_optam_status = 'NC' OR extra_billing_rate_s2_non_optam_status = 'EMPTY'),
    extra_billing_rate_s2_optam double precision NULL,
    extra_billing_rate_s2_optam_status text NULL CHECK (extra_billing_rate_s2_optam_status = 'NS' OR extra_billing_rate_s2_optam_status = 'NC' OR extra_billing_rate_s2_optam_status = 'EMPTY'),
    source_taux_depassement text NULL,
    load_file_id bigint NOT NULL,
    PRIMARY KEY (year, profession_key, territory_key),
    CHECK ((tariff_fees_total IS NULL AND tariff_fees_total_status IS NOT NULL) OR (tariff_fees_total IS NOT NULL AND tariff_fees_total_status IS NULL)),
    CHECK (tariff_fees_total >= 0),
    CHECK ((extra_billing_total IS NULL AND extra_billing_total_status IS NOT NULL) OR (extra_billing_total IS NOT NULL AND extra_billing_total_status IS NULL)),
    CHECK (extra_billing_total >= 0),
    CHECK ((tariff_fees_mean IS NULL AND tariff_fees_mean_status IS NOT NULL) OR (tariff_fees_mean IS NOT NULL AND tariff_fees_mean_status IS NULL)),
    CHECK (tariff_fees_mean >= 0),
    CHECK ((extra_billing_mean IS NULL AND extra_billing_mean_status IS NOT NULL) OR (extra_billing_mean IS NOT NULL AND extra_billing_mean_status IS NULL)),
    CHECK (extra_billing_mean >= 0),
    CHECK ((extra_billing_rate_s2 IS NULL AND extra_billing_rate_s2_status IS NOT NULL) OR (extra_billing_rate_s2 IS NOT NULL AND extra_billing_rate_s2_status IS NULL)),
    CHECK ((extra_billing_rate_s2_non_optam IS NULL AND extra_billing_rate_s2_non_optam_status IS NOT NULL) OR (extra_billing_rate_s2_non_optam IS NOT NULL AND extra_billing_rate_s2_non_optam_status IS NULL)),
    CHECK ((extra_billing_rate_s2_optam IS NULL AND extra_billing_rate_s2_optam_status IS NOT NULL) OR (extra_billing_rate_s2_optam IS NOT NULL AND extra_billing_rate_s2_optam_status IS NULL))
);

-- Grain: one row per year × profession × territory × prescription post (dataset prescriptions).
CREATE TABLE fact_prescriptions (
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    prescription_post_key integer NOT NULL,
    amount_total double precision NULL,
    amount_total_status text NULL CHECK (amount_total_status = 'NS' OR amount_total_status = 'NC' OR amount_total_status = 'EMPTY'),
    amount_mean double precision NULL,
    amount_mean_status text NULL CHECK (amount_mean_status = 'NS' OR amount_mean_status = 'NC' OR amount_mean_status = 'EMPTY'),
    load_file_id bigint NOT NULL,
    PRIMARY KEY (year, profession_key, territory_key, prescription_post_key),
    CHECK ((amount_total IS NULL AND amount_total_status IS NOT NULL) OR (amount_total IS NOT NULL AND amount_total_status IS NULL)),
    CHECK (amount_total >= 0),
    CHECK ((amount_mean IS NULL AND amount_mean_status IS NOT NULL) OR (amount_mean IS NOT NULL AND amount_mean_status IS NULL)),
    CHECK (amount_mean >= 0)
);

-- Grain: one row per year × profession × territory (dataset patientele).
CREATE TABLE fact_patients (
    year integer NOT NULL,
    profession_key integer NOT NULL,
    territory_key integer NOT NULL,
    patients_seen_mean double precision NULL,
    patients_seen_mean_status text NULL CHECK (patients_seen_mean_status = 'NS' OR patients_seen_mean_status = 'NC' OR patients_seen_mean_status = 'EMPTY'),
    referring_patients_mean double precision NULL,
    referring_patients_mean_status text NULL CHECK (referring_patients_mean_status = 'NS' OR referring_patients_mean_status = 'NC' OR referring_patients_mean_status = 'EMPTY'),
    load_file_id bigint NOT NULL,
    PRIMARY KEY (year, profession_key, territory_key),
    CHECK ((patients_seen_mean IS NULL AND patients_seen_mean_status IS NOT NULL) OR (patients_seen_mean IS NOT NULL AND patients_seen_mean_status IS NULL)),
    CHECK (patients_seen_mean >= 0),
    CHECK ((referring_patients_mean IS NULL AND referring_patients_mean_status IS NOT NULL) OR (referring_patients_mean IS NOT NULL AND referring_patients_mean_status IS NULL)),
    CHECK (referring_patients_mean >= 0)
);
