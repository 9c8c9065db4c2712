-- A SQL Server reader: a login, its user in the warehouse database, and its membership of warehouse_reader (migration 0008),
-- the role that may SELECT the rpt_* views and nothing else. Not a migration: logins belong to the server, so an administrator
-- (ALTER ANY LOGIN and ALTER ANY USER) runs it, in the warehouse database, with sqlcmd or SSMS in SQLCMD mode.
-- The password comes from the environment, never from the command line (sqlcmd reads $(WAREHOUSE_READER_PASSWORD) from the
-- environment variable of that name):
--   export WAREHOUSE_READER_PASSWORD='...'        (PowerShell: $env:WAREHOUSE_READER_PASSWORD = '...')
--   sqlcmd -S server -d warehouse -i sqlserver-reader.sql -v ReaderLogin="jdoe"
-- `warehouse grant-reader jdoe` on a SQL Server warehouse prints this script with ReaderLogin set. Each step checks what
-- exists, so running it again (or after a failure) finishes the job and changes the password. Azure SQL Database has no server logins outside master: there, use a contained user
-- (CREATE USER [jdoe] WITH PASSWORD = '...'; ALTER ROLE warehouse_reader ADD MEMBER [jdoe];).

SET NOCOUNT ON;
SET XACT_ABORT ON;

DECLARE @login sysname = N'$(ReaderLogin)';
DECLARE @password nvarchar(128) = N'$(WAREHOUSE_READER_PASSWORD)';
DECLARE @sql nvarchar(max);

IF DATABASE_PRINCIPAL_ID(N'warehouse_reader') IS NULL
    THROW 50001, N'The role warehouse_reader does not exist in this database: run warehouse migrate first, and run this script in the warehouse database.', 1;
IF LEN(@login) NOT BETWEEN 1 AND 63 OR @login LIKE N'%[^a-z0-9_.-]%' COLLATE Latin1_General_BIN OR @login LIKE N'[0-9.-]%'
    THROW 50002, N'ReaderLogin must be 1 to 63 lower-case letters, digits, _, . or -, starting with a letter or _.', 1;
IF LEN(@password) < 8
    THROW 50003, N'WAREHOUSE_READER_PASSWORD must hold the reader''s password, at least 8 characters.', 1;

IF SUSER_ID(@login) IS NULL
    SET @sql = N'CREATE LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + QUOTENAME(@password, N'''')
        + N', CHECK_POLICY = ON, DEFAULT_DATABASE = ' + QUOTENAME(DB_NAME()) + N';';
ELSE
    SET @sql = N'ALTER LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + QUOTENAME(@password, N'''') + N';';
EXEC sys.sp_executesql @sql;

IF DATABASE_PRINCIPAL_ID(@login) IS NULL
BEGIN
    SET @sql = N'CREATE USER ' + QUOTENAME(@login) + N' FOR LOGIN ' + QUOTENAME(@login) + N';';
    EXEC sys.sp_executesql @sql;
END;

IF IS_ROLEMEMBER(N'warehouse_reader', @login) = 0
BEGIN
    SET @sql = N'ALTER ROLE warehouse_reader ADD MEMBER ' + QUOTENAME(@login) + N';';
    EXEC sys.sp_executesql @sql;
END;

PRINT N'Reader ' + @login + N' may now SELECT the rpt_* views of ' + DB_NAME() + N' on ' + @@SERVERNAME + N'.';
