using Microsoft.Data.Sqlite;
using Warehouse.Core;

namespace Warehouse.Scheduler.Settings;

/// <summary>
/// The warehouse engine and connection from configuration (appsettings.json, environment such as Warehouse__Engine and
/// ConnectionStrings__Warehouse, the command line's --engine and --connection), for the CLI and the server alike.
/// </summary>
internal static class SettingsResolver
{
    public const string EngineKey = "Warehouse:Engine";
    public const string ConnectionKey = "ConnectionStrings:Warehouse";

    /// <summary>A relative SQLite file is relative to the working directory the settings were read for.</summary>
    private static string AnchorSqlitePath(string connection, string workingDirectory)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connection);
        }
        catch (ArgumentException e)
        {
            throw new WarehouseException($"The SQLite connection string is not valid: {e.Message}", isUserError: true, e);
        }
        if (!string.IsNullOrWhiteSpace(builder.DataSource) && builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, workingDirectory);
        }
        return builder.ToString();
    }

    public static WarehouseSettings Resolve(IConfiguration configuration, string workingDirectory)
    {
        var engineName = configuration[EngineKey];
        var engine = EngineKind.Sqlite;
        if (!string.IsNullOrWhiteSpace(engineName) && !EngineNames.TryParse(engineName, out engine))
        {
            throw new WarehouseException(
                $"Unknown engine \"{engineName}\": use {string.Join(", ", EngineNames.All)}.", isUserError: true);
        }
        var connection = configuration[ConnectionKey];
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new WarehouseSettings(engine, engine == EngineKind.Sqlite ? AnchorSqlitePath(connection, workingDirectory) : connection);
        }
        if (engine == EngineKind.Sqlite)
        {
            return WarehouseSettings.DefaultSqlite(workingDirectory);
        }
        throw new WarehouseException(
            $"The {EngineNames.Of(engine)} engine needs a connection string: set ConnectionStrings__Warehouse or pass --connection.",
            isUserError: true);
    }
}
