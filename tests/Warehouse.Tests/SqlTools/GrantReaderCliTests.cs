using Npgsql;
using Warehouse.Core.Security;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>`warehouse grant-reader NAME` on PostgreSQL, run as a process the way a user runs it.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class GrantReaderCliTests(PostgresServer server) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("warehouse-grant-reader-").FullName;
    private readonly string _name = $"reader_{Guid.NewGuid():N}"[..20];

    public void Dispose()
    {
        if (server.Available)
        {
            using var connection = new NpgsqlConnection(server.AdminConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP ROLE IF EXISTS {_name}", connection);
            command.ExecuteNonQuery();
        }
        Directory.Delete(_directory, recursive: true);
    }

    [SkippableFact]
    public async Task GrantReader_CreatesALoginInTheReaderRole_AndPrintsHowToConnect_WithoutThePassword()
    {
        server.SkipIfUnavailable();
        const string password = "correct horse battery staple";

        var result = await RunAsync(password, "grant-reader", _name);

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Contains($"Created the reader {_name}", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"Checked: {_name} connects and reads the views.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches($"psql +psql \"host=[^ ]+ port=[0-9]+ dbname=[^ ]+ user={_name}\"", result.StandardOutput);
        Assert.DoesNotContain(password, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        var (canLogin, member, verifier) = await ReadRoleAsync();
        Assert.True(canLogin);
        Assert.True(member);
        Assert.StartsWith("SCRAM-SHA-256$", verifier, StringComparison.Ordinal);
        Assert.True(ScramSha256.Matches(verifier!, password), "the stored verifier is not the password's");
    }

    [SkippableFact]
    public async Task GrantReader_ChangesThePassword_WhenTheReaderExists()
    {
        server.SkipIfUnavailable();
        Assert.Equal(0, (await RunAsync("first password", "grant-reader", _name)).ExitCode);

        var again = await RunAsync("second password", "grant-reader", _name);

        Assert.True(again.ExitCode == 0, again.Description);
        Assert.Contains($"Updated the reader {_name}", again.StandardOutput, StringComparison.Ordinal);
        var (_, member, verifier) = await ReadRoleAsync();
        Assert.True(member);
        Assert.True(ScramSha256.Matches(verifier!, "second password"));
    }

    [SkippableFact]
    public async Task GrantReader_ExitsTwo_WithoutAPassword_WhenNotInATerminal()
    {
        server.SkipIfUnavailable();

        var result = await RunAsync(null, "grant-reader", _name);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains(ReaderPasswords.EnvironmentVariable, FirstLine(result.StandardError), StringComparison.Ordinal);
        Assert.False(await RoleExistsAsync(_name));
    }

    [SkippableTheory]
    [InlineData("Robert")]
    [InlineData("x; DROP TABLE fact_fees")]
    [InlineData("pg_reader")]
    [InlineData("warehouse_reader")]
    public async Task GrantReader_ExitsTwo_ForANameThatIsNotAReaderName(string name)
    {
        server.SkipIfUnavailable();

        var result = await RunAsync("a long enough password", "grant-reader", name);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains(name, FirstLine(result.StandardError), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task GrantReader_RefusesToTurnASuperuserIntoAReader()
    {
        server.SkipIfUnavailable();
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE ROLE {_name} SUPERUSER", connection);
            await create.ExecuteNonQueryAsync();
        }

        var result = await RunAsync("a long enough password", "grant-reader", _name);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains("more than read rights", FirstLine(result.StandardError), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task GrantReader_RefusesToTakeOverAnAccountThatIsNotAReader()
    {
        server.SkipIfUnavailable();
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE ROLE {_name} LOGIN", connection);
            await create.ExecuteNonQueryAsync();
        }

        var result = await RunAsync("a long enough password", "grant-reader", _name);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains($"is not a member of {ReaderNames.ReaderRole}", FirstLine(result.StandardError), StringComparison.Ordinal);
        var (_, member, _) = await ReadRoleAsync(allowNoPassword: true);
        Assert.False(member);
    }

    private async Task<ProcessResult> RunAsync(string? password, params string[] arguments)
    {
        var connection = await PostgresSampleDatabase.AdminConnectionStringAsync(server);
        var environment = new Dictionary<string, string?> { [ReaderPasswords.EnvironmentVariable] = password };
        return await WarehouseCli.RunAsync(_directory, environment, TimeSpan.FromMinutes(2), [.. arguments, .. WarehouseCli.Target("postgresql", connection)]);
    }

    private async Task<(bool CanLogin, bool Member, string? Verifier)> ReadRoleAsync(bool allowNoPassword = false)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT rolcanlogin, pg_has_role(rolname, '{ReaderNames.ReaderRole}', 'MEMBER'), rolpassword FROM pg_authid WHERE rolname = @name", connection);
        command.Parameters.AddWithValue("name", _name);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no role {_name}");
        var verifier = reader.IsDBNull(2) ? null : reader.GetString(2);
        Assert.True(allowNoPassword || verifier is not null, $"{_name} has no password");
        return (reader.GetBoolean(0), reader.GetBoolean(1), verifier);
    }

    private async Task<bool> RoleExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync() is not null;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];
}
