using Microsoft.Data.SqlClient;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// SQL Server cannot run on the development machines: live SQL Server tests run only when WAREHOUSE_TEST_SQLSERVER holds a
/// connection string to a server where databases may be created; otherwise they are skipped (also in CI).
/// </summary>
internal static class SqlServerLive
{
    public const string Variable = "WAREHOUSE_TEST_SQLSERVER";

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>A connection string to a new, uniquely named database (created by the code under test).</summary>
    public static string NewDatabase(string prefix)
    {
        Skip.If(ServerConnectionString is null, $"{Variable} is not set: no SQL Server to test against.");
        var builder = new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = $"{prefix}_{Guid.NewGuid():N}"[..40] };
        return builder.ConnectionString;
    }
}
