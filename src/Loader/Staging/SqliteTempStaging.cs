using System.Data.Common;
using Warehouse.Core.Sql;

namespace Warehouse.Loader.Staging;

/// <summary>
/// SQLite stages a file in a TEMP table of the same name and definition as the staging table of the migrations: it shadows
/// that table for the load's connection, so the transforms read it unchanged, and its rows live in SQLite's temporary file,
/// which goes when the table is dropped or the connection closes. A rejected 2 GB file no longer grows the warehouse file
/// for good (deleted rows only become free pages there).
/// </summary>
internal static class SqliteTempStaging
{
    public static async Task CreateAsync(DbConnection connection, string table)
    {
        var definition = await DbCommands.ScalarAsync(connection,
            "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = @name", null, ("name", table)) as string
            ?? throw new InvalidOperationException($"The migrations created no staging table {table}.");
        await DropAsync(connection, table);
        await DbCommands.ExecuteAsync(connection, "CREATE TEMP TABLE" + definition["CREATE TABLE".Length..]);
    }

    public static Task DropAsync(DbConnection connection, string table) =>
        DbCommands.ExecuteAsync(connection, $"DROP TABLE IF EXISTS temp.{table}");
}
