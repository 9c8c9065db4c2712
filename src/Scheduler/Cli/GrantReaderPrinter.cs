using Warehouse.Core;
using Warehouse.Core.Security;

namespace Warehouse.Scheduler.Cli;

/// <summary>What `warehouse grant-reader` tells the user: how a reader connects, per engine (never a password).</summary>
internal static class GrantReaderPrinter
{
    private const string Guides = "Queries to start from: docs/sql-cookbook.md. Every view and column: docs/data-dictionary.md.";

    public static async Task PrintPostgresAsync(ReaderGrant grant, TextWriter output)
    {
        var target = grant.Connection;
        await output.WriteLineAsync(grant.Created
            ? $"Created the reader {target.User} on {target.Host}:{target.Port}/{target.Database}, a member of {ReaderNames.ReaderRole}: it may SELECT the rpt_* views and nothing else."
            : $"Updated the reader {target.User} on {target.Host}:{target.Port}/{target.Database}: new password, a member of {ReaderNames.ReaderRole} (SELECT on the rpt_* views and nothing else).");
        await output.WriteLineAsync(grant.Checked
            ? $"Checked: {target.User} connects and reads the views."
            : $"Not checked: connecting as {target.User} from here failed ({grant.CheckProblem}); the server's pg_hba.conf may not let {target.User} in from this machine.");
        await output.WriteLineAsync();
        await output.WriteLineAsync("Connect with (the password is the one just set; it is never printed):");
        await output.WriteLineAsync($"  host      {target.Host}");
        await output.WriteLineAsync($"  port      {target.Port}");
        await output.WriteLineAsync($"  database  {target.Database}");
        await output.WriteLineAsync($"  user      {target.User}");
        await output.WriteLineAsync($"  psql      {target.PsqlCommand}");
        await output.WriteLineAsync($"  JDBC      {target.JdbcUrl}");
        await output.WriteLineAsync("Then, for example: SELECT dataset, view_name, license FROM rpt_dataset_release;");
        await output.WriteLineAsync(Guides);
    }

    public static async Task PrintSqliteAsync(string databasePath, TextWriter output)
    {
        var uri = new Uri(databasePath).AbsoluteUri;
        await output.WriteLineAsync($"SQLite has no users or passwords: whoever may read {databasePath} may query it, so readers need read access to the file.");
        if (!File.Exists(databasePath))
        {
            await output.WriteLineAsync("The file does not exist yet: run `warehouse migrate` (or `warehouse load`) first.");
        }
        await output.WriteLineAsync("Open it read-only; it is in WAL mode, so a running load never blocks readers:");
        await output.WriteLineAsync($"  sqlite3   sqlite3 -readonly '{databasePath}'");
        await output.WriteLineAsync($"  .NET      Data Source={databasePath};Mode=ReadOnly");
        await output.WriteLineAsync($"  Python    sqlite3.connect(\"{uri}?mode=ro\", uri=True)");
        await output.WriteLineAsync($"  R         DBI::dbConnect(RSQLite::SQLite(), \"{databasePath}\", flags = RSQLite::SQLITE_RO)");
        await output.WriteLineAsync($"  DBeaver   a SQLite connection on {databasePath}, with \"Read-only connection\" ticked");
        await output.WriteLineAsync("Readers query the rpt_* views. " + Guides);
    }

    public static Task PrintSqlServerAsync(WarehouseSettings settings, string name, TextWriter output) =>
        output.WriteAsync(SqlServerReaderScript.Render(settings, name));
}
