-- Grain: one database role, warehouse_reader, that may SELECT the rpt_* views and nothing else (SQLite has no roles: readers open the file read-only).
-- A PostgreSQL role belongs to the cluster, not to one database: it is created once, NOLOGIN (people log in as their own
-- role, made a member by `warehouse grant-reader NAME`), and each warehouse database grants it its views.
-- Rule for later migrations: a script that creates a rpt_* view, or drops and re-creates one, grants it in the same script
-- (GRANT SELECT ON rpt_... TO warehouse_reader); CREATE OR REPLACE VIEW keeps the grant. The tests check every rpt_* view.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'warehouse_reader') THEN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            RAISE EXCEPTION 'the role warehouse_reader does not exist and % may not create roles', current_user
                USING HINT = 'Have an administrator run CREATE ROLE warehouse_reader NOLOGIN; (or grant CREATEROLE to '
                    || current_user || '), then run warehouse migrate again.';
        END IF;
        BEGIN
            CREATE ROLE warehouse_reader NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created meanwhile by the migration of another warehouse database on the same cluster
        END;
    END IF;
END
$$;

-- CONNECT and USAGE are PUBLIC's by default; granting them by name keeps readers working where an administrator revoked
-- them from PUBLIC. Only the owner of the database or schema may grant them: elsewhere the administrator already decides.
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO warehouse_reader', current_database());
    GRANT USAGE ON SCHEMA public TO warehouse_reader;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'warehouse_reader: CONNECT and USAGE left to the administrator (% owns neither the database nor the schema)', current_user;
END
$$;

-- Whatever the role could do in this database before, from now on it reads the views and nothing else.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM warehouse_reader;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM warehouse_reader;

GRANT SELECT ON
    rpt_headcount_density,
    rpt_demographic_profile,
    rpt_headcount_by_sector,
    rpt_headcount_by_practice_type,
    rpt_fees,
    rpt_prescriptions,
    rpt_patients,
    rpt_dataset_release
TO warehouse_reader;
