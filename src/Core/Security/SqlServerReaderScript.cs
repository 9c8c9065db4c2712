using Microsoft.Data.SqlClient;
using Warehouse.Core.Sql;

namespace Warehouse.Core.Security;

/// <summary>
/// db/security/sqlserver-reader.sql, ready for sqlcmd: SQL Server logins are made by an administrator, so the warehouse prints
/// the script (with the reader's name set and how to run it, as comments) instead of running it.
/// </summary>
public static class SqlServerReaderScript
{
    public const string ResourcePath = "security/sqlserver-reader.sql";

    public static string Render(WarehouseSettings warehouse, string name)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (ReaderNames.Problem(name) is { } problem)
        {
            throw new WarehouseException(problem, isUserError: true);
        }
        var target = new SqlConnectionStringBuilder(warehouse.ConnectionString);
        var header = $"""
            -- warehouse grant-reader {name}: on SQL Server an administrator makes logins. Run this script in the warehouse database
            -- ({target.InitialCatalog} on {target.DataSource}) with sqlcmd, or in SSMS in SQLCMD mode, the password in the environment:
            --   export {ReaderPasswords.EnvironmentVariable}='...'
            --   warehouse grant-reader {name} > reader.sql && sqlcmd -S {target.DataSource} -d {target.InitialCatalog} -i reader.sql
            :setvar ReaderLogin "{name}"

            """;
        return header.ReplaceLineEndings("\n") + SqlFiles.Read(ResourcePath).ReplaceLineEndings("\n");
    }
}
