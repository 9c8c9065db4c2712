using Npgsql;
using Warehouse.Core.Security;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>The client-side SCRAM-SHA-256 verifier is the one PostgreSQL itself computes from the same password and salt.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class ScramSha256Tests(PostgresServer server)
{
    [Fact]
    public void Verifier_MatchesItsPassword_AndNoOther()
    {
        var verifier = ScramSha256.Verifier("s3cret password");

        Assert.Matches(@"^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$", verifier);
        Assert.True(ScramSha256.Matches(verifier, "s3cret password"));
        Assert.False(ScramSha256.Matches(verifier, "s3cret passwore"));
        Assert.NotEqual(verifier, ScramSha256.Verifier("s3cret password"));
    }

    [SkippableTheory]
    [InlineData("plain ascii password")]
    [InlineData("mot de passe accentué: été, garçon, œuvre")]
    [InlineData("ｆｕｌｌｗｉｄｔｈ and ligature ﬁ")]
    public async Task Verifier_IsWhatPostgreSqlComputes_FromTheSamePasswordAndSalt(string password)
    {
        server.SkipIfUnavailable();
        var role = $"scram_{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        string computedByServer;
        try
        {
            await using (var create = new NpgsqlCommand(
                $"SET password_encryption = 'scram-sha-256'; CREATE ROLE {role} PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'", connection))
            {
                await create.ExecuteNonQueryAsync();
            }
            await using var read = new NpgsqlCommand($"SELECT rolpassword FROM pg_authid WHERE rolname = '{role}'", connection);
            computedByServer = (string)(await read.ExecuteScalarAsync())!;
        }
        finally
        {
            await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS {role}", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Assert.True(ScramSha256.Matches(computedByServer, password), $"{computedByServer} is not what the client computes");
    }
}
