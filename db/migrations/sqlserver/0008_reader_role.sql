-- Grain: one database role, warehouse_reader, that may SELECT the rpt_* views and nothing else (SQLite has no roles: readers open the file read-only).
-- On SQL Server the role belongs to the warehouse database. Logins and their database users are made by an administrator
-- with db/security/sqlserver-reader.sql (`warehouse grant-reader NAME` prints it), which adds them to this role.
-- Rule for later migrations: a script that creates a rpt_* view, or drops and re-creates one, grants it in the same script
-- (GRANT SELECT ON dbo.rpt_... TO warehouse_reader); CREATE OR ALTER VIEW keeps the grant.
GO

IF DATABASE_PRINCIPAL_ID(N'warehouse_reader') IS NULL
    EXEC (N'CREATE ROLE warehouse_reader AUTHORIZATION dbo');
GO

GRANT SELECT ON dbo.rpt_headcount_density TO warehouse_reader;
GRANT SELECT ON dbo.rpt_demographic_profile TO warehouse_reader;
GRANT SELECT ON dbo.rpt_headcount_by_sector TO warehouse_reader;
GRANT SELECT ON dbo.rpt_headcount_by_practice_type TO warehouse_reader;
GRANT SELECT ON dbo.rpt_fees TO warehouse_reader;
GRANT SELECT ON dbo.rpt_prescriptions TO warehouse_reader;
GRANT SELECT ON dbo.rpt_patients TO warehouse_reader;
GRANT SELECT ON dbo.rpt_dataset_release TO warehouse_reader;
GO
