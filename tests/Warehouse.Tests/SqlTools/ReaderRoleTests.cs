using Npgsql;
using Warehouse.Core.Dictionary;
using Warehouse.Core.Security;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>A member of warehouse_reader reads every rpt_* view and can do nothing else: no writes, no audit, no tables.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class ReaderRoleTests(PostgresServer server)
{
    private const string ReportingViews = "SELECT viewname FROM pg_views WHERE schemaname = 'public' AND viewname LIKE 'rpt\\_%' ORDER BY viewname";

    /// <summary>Every privilege warehouse_reader holds on any relation or sequence of the public schema.</summary>
    private const string Privileges = """
        SELECT c.relname || ' ' || p.privilege
        FROM pg_class AS c
            CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) AS p (privilege)
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
          AND has_table_privilege('warehouse_reader', c.oid, p.privilege)
        UNION ALL
        SELECT c.relname || ' ' || p.privilege
        FROM pg_class AS c
            CROSS JOIN (VALUES ('USAGE'), ('SELECT'), ('UPDATE')) AS p (privilege)
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
          AND has_sequence_privilege('warehouse_reader', c.oid, p.privilege)
        ORDER BY 1
        """;

    public static TheoryData<string> Refused { get; } = new(
        "INSERT INTO dim_year (year, label) VALUES (2041, '2041')",
        "UPDATE fact_fees SET tariff_fees_total = 0",
        "DELETE FROM fact_headcount_density",
        "TRUNCATE fact_prescriptions",
        "TRUNCATE etl_rejected_row",
        "UPDATE dim_profession SET label = 'x'",
        "SELECT * FROM etl_load_run",
        "SELECT * FROM etl_load_file",
        "SELECT * FROM etl_rejected_row",
        "SELECT * FROM etl_dataset_release",
        "SELECT * FROM schema_migrations",
        "SELECT * FROM fact_fees",
        "SELECT * FROM dim_profession",
        "SELECT * FROM stg_fees");

    [SkippableFact]
    public async Task Reader_SelectsEveryReportingView()
    {
        server.SkipIfUnavailable();
        await using var admin = await OpenAsync(await PostgresSampleDatabase.AdminConnectionStringAsync(server));
        await using var reader = await OpenAsync(await PostgresSampleDatabase.ReaderConnectionStringAsync(server));
        var views = await ReadStringsAsync(admin, ReportingViews);

        Assert.Equal(
            DataDictionary.Load().Objects.Where(item => item.IsView).Select(item => item.Name).Order(StringComparer.Ordinal),
            views.Order(StringComparer.Ordinal));
        foreach (var view in views)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {view}", reader);
            Assert.True((long)(await command.ExecuteScalarAsync())! > 0, $"{view} is empty for the reader");
        }
    }

    [SkippableFact]
    public async Task ReaderRole_HoldsSelectOnTheReportingViews_AndNoOtherPrivilege()
    {
        server.SkipIfUnavailable();
        await using var admin = await OpenAsync(await PostgresSampleDatabase.AdminConnectionStringAsync(server));

        var privileges = await ReadStringsAsync(admin, Privileges);

        var expected = (await ReadStringsAsync(admin, ReportingViews)).Select(view => $"{view} SELECT");
        Assert.Equal(expected.Order(StringComparer.Ordinal), privileges.Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Refused))]
    public async Task Reader_IsRefused_WritesAndEverythingButTheViews(string statement)
    {
        server.SkipIfUnavailable();
        await using var reader = await OpenAsync(await PostgresSampleDatabase.ReaderConnectionStringAsync(server));
        await using var command = new NpgsqlCommand(statement, reader);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [SkippableFact]
    public async Task Reader_CannotChangeTheViews_OrCreateTables()
    {
        server.SkipIfUnavailable();
        await using var reader = await OpenAsync(await PostgresSampleDatabase.ReaderConnectionStringAsync(server));

        foreach (var statement in new[] { "INSERT INTO rpt_fees (year) VALUES (2041)", "UPDATE rpt_dataset_release SET license = 'x'", "DELETE FROM rpt_fees", "TRUNCATE rpt_fees", "DROP VIEW rpt_fees" })
        {
            await using var command = new NpgsqlCommand(statement, reader);
            await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        }
        // PostgreSQL 15 took CREATE on schema public away from PUBLIC; on older servers an administrator revokes it.
        if (reader.PostgreSqlVersion.Major >= 15)
        {
            await using var create = new NpgsqlCommand("CREATE TABLE reader_table (a integer)", reader);
            var error = await Assert.ThrowsAsync<PostgresException>(() => create.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }
    }

    [SkippableFact]
    public async Task ReaderRole_IsNoLogin_AndReaderLoginsAreMembersOfIt()
    {
        server.SkipIfUnavailable();
        await using var admin = await OpenAsync(await PostgresSampleDatabase.AdminConnectionStringAsync(server));

        var role = await ReadStringsAsync(admin, $"SELECT rolcanlogin::text || ' ' || rolsuper::text FROM pg_roles WHERE rolname = '{ReaderNames.ReaderRole}'");
        var member = await ReadStringsAsync(admin, $"SELECT pg_has_role('{PostgresSampleDatabase.ReaderLogin}', '{ReaderNames.ReaderRole}', 'USAGE')::text");

        Assert.Equal(["false false"], role);
        Assert.Equal(["true"], member);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<string>> ReadStringsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
