using System.Data.Common;
using Npgsql;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;

namespace Warehouse.Core.Security;

/// <summary>
/// Creates or updates a PostgreSQL login role that is a member of warehouse_reader (migration 0008: SELECT on the rpt_* views
/// and nothing else). The password reaches the server only as a SCRAM-SHA-256 verifier; the name is quoted by format('%I').
/// </summary>
public static class PostgresReaderAccounts
{
    private const string RoleExists = "SELECT 1 FROM pg_roles WHERE rolname = @role";

    /// <summary>What an existing role NAME is: 'elevated' (more than read rights), 'reader' (already in warehouse_reader) or 'other'.</summary>
    private const string ExistingRole = """
        SELECT CASE
                   WHEN rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls THEN 'elevated'
                   WHEN pg_has_role(rolname, CAST(@role AS name), 'MEMBER') THEN 'reader'
                   ELSE 'other'
               END
        FROM pg_roles WHERE rolname = @name
        """;

    private const string CreateStatement = "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', @name, @verifier, @role)";
    private const string AlterStatement = "SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', @name, @verifier)";

    public static async Task<ReaderGrant> GrantAsync(WarehouseSettings warehouse, string name, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (warehouse.Engine != EngineKind.PostgreSql)
        {
            throw new ArgumentException("Reader accounts are PostgreSQL roles.", nameof(warehouse));
        }
        if (ReaderNames.Problem(name) is { } nameProblem)
        {
            throw new WarehouseException(nameProblem, isUserError: true);
        }
        if (ReaderPasswords.Problem(password) is { } passwordProblem)
        {
            throw new WarehouseException(passwordProblem, isUserError: true);
        }
        var settings = new NpgsqlConnectionStringBuilder(warehouse.ConnectionString);
        var role = (Name: "role", Value: (object?)ReaderNames.ReaderRole);
        var reader = (Name: "name", Value: (object?)name);
        var verifier = (Name: "verifier", Value: (object?)ScramSha256.Verifier(password));

        bool created;
        await using (var connection = await WarehouseEngines.Create(warehouse).OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            if (await DbCommands.ScalarAsync(connection, RoleExists, transaction, role) is null)
            {
                throw new WarehouseException(
                    $"The role {ReaderNames.ReaderRole} does not exist on this server: run `warehouse migrate` first.", isUserError: false);
            }
            if (string.Equals(name, settings.Username, StringComparison.Ordinal))
            {
                throw new WarehouseException($"\"{name}\" is the account the warehouse itself connects as: choose another reader name.", isUserError: true);
            }
            var existing = (string?)await DbCommands.ScalarAsync(connection, ExistingRole, transaction, reader, role);
            switch (existing)
            {
                case "elevated":
                    throw new WarehouseException(
                        $"The role \"{name}\" already exists with more than read rights (superuser, CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS): choose another reader name.",
                        isUserError: true);
                case "other":
                    // Never take over an account made for something else (another application's login, a typo): only readers are updated.
                    throw new WarehouseException(
                        $"The role \"{name}\" already exists and is not a member of {ReaderNames.ReaderRole}: choose another reader name.",
                        isUserError: true);
            }
            created = existing is null;
            try
            {
                if (created)
                {
                    await ExecuteFormattedAsync(connection, transaction, CreateStatement, reader, verifier, role);
                }
                else
                {
                    await ExecuteFormattedAsync(connection, transaction, AlterStatement, reader, verifier);
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new WarehouseException(
                    $"{settings.Username} may not {(created ? "create" : "change")} the role \"{name}\": {e.MessageText}. "
                    + $"It needs CREATEROLE (and, from PostgreSQL 16, ADMIN OPTION on {ReaderNames.ReaderRole}); or have an administrator run this command.",
                    isUserError: false, e);
            }
            await transaction.CommitAsync(cancellationToken);
        }

        var target = new ReaderConnection(settings.Host ?? "localhost", settings.Port, settings.Database!, name, SslModeOf(settings.SslMode));
        var problem = await CheckAsync(settings, name, password, cancellationToken);
        return new ReaderGrant(created, target, problem is null, problem);
    }

    private static async Task ExecuteFormattedAsync(DbConnection connection, DbTransaction transaction, string format, params (string Name, object? Value)[] parameters)
    {
        var statement = (string)(await DbCommands.ScalarAsync(connection, format, transaction, parameters))!;
        await DbCommands.ExecuteAsync(connection, statement, transaction);
    }

    /// <summary>Connects as the reader and reads a view; null when that works, else why it did not (pg_hba.conf may forbid it from here).</summary>
    private static async Task<string?> CheckAsync(NpgsqlConnectionStringBuilder settings, string name, string password, CancellationToken cancellationToken)
    {
        var asReader = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Username = name, Password = password, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(asReader.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await DbCommands.ScalarAsync(connection, "SELECT count(*) FROM rpt_dataset_release");
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return e is PostgresException pg ? pg.MessageText : e.Message;
        }
    }

    private static string? SslModeOf(SslMode mode) => mode switch
    {
        SslMode.Require => "require",
        SslMode.VerifyCA => "verify-ca",
        SslMode.VerifyFull => "verify-full",
        _ => null,
    };
}
