using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Scheduler.Auth;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Delivery;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Server;

/// <summary>
/// A full run of the server at Debug level on PostgreSQL — a load, a briefing, a delivery by e-mail, sign-ins right and
/// wrong — and then its whole log is searched for every secret it was given or sent: none may appear.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class SecretsInLogsTests(PostgresServer postgres)
{
    private const string DatabasePassword = "pg-Secret-7f3a";
    private const string SmtpPassword = "smtp-Secret-91bc";
    private const string ApiKey = "whk_secret-key-5d1e";
    private const string WrongPassword = "wrong-Secret-0000";

    [SkippableFact]
    public async Task AFullRun_LogsNoSecret()
    {
        postgres.SkipIfUnavailable();
        // The test server trusts local connections: the password is accepted, ignored by the server, and must stay out of the log.
        var connection = postgres.ConnectionStringFor(await postgres.CreateDatabaseAsync("secrets")) + $";Password={DatabasePassword}";
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        using var smtp = SmtpTestServer.Start();
        var environment = ServerAccounts.Environment();
        foreach (var (name, value) in smtp.Environment())
        {
            environment[name] = value;
        }
        environment["Warehouse__Engine"] = "postgresql";
        environment["ConnectionStrings__Warehouse"] = connection;
        environment["Warehouse__Refresh__Folder"] = directory.PathOf("sample");
        environment["Warehouse__Delivery__Smtp__Password"] = SmtpPassword;
        environment["Warehouse__Auth__ApiKeys__0__Name"] = "script";
        environment["Warehouse__Auth__ApiKeys__0__KeyHash"] = Credentials.HashApiKey(ApiKey);
        environment["Logging__LogLevel__Default"] = "Debug";
        environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug";
        environment["Logging__LogLevel__Hangfire"] = "Debug";

        string log;
        await using (var server = await ServerProcess.StartAsync(directory.Root, environment))
        {
            using var client = server.Client();
            await SendAsync(client, HttpMethod.Post, "/api/loads", ServerAccounts.AsOperator, HttpStatusCode.Accepted);
            await server.WaitForAsync(async () => (await GetJsonAsync(client, "/api/loads")).EnumerateArray().Any(r => r.GetProperty("outcome").GetString() == "succeeded"),
                TimeSpan.FromSeconds(90), "the load to succeed");
            using (var key = server.Client(ApiKey))
            {
                using var pdf = await key.GetAsync(new Uri("/api/reports/territory?code=2A&format=pdf", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            }
            await SendAsync(client, HttpMethod.Get, "/api/catalogue", ServerAccounts.Basic(ServerAccounts.Reader, WrongPassword), HttpStatusCode.Unauthorized);
            using (var wrongKey = server.Client(ApiKey + "x"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync(new Uri("/api/catalogue", UriKind.Relative))).StatusCode);
            }
            using (var add = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions"))
            {
                add.Headers.Authorization = ServerAccounts.AsOperator;
                add.Content = JsonContent.Create(Warehouse.Tests.Delivery.DeliveryApiTests.Body("secrets", "2A", "email", "anne@ars.example"));
                using var created = await client.SendAsync(add);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }
            await SendAsync(client, HttpMethod.Post, "/api/subscriptions/secrets/run", ServerAccounts.AsOperator, HttpStatusCode.Accepted);
            await server.WaitForAsync(() => Task.FromResult(smtp.Count == 1), TimeSpan.FromSeconds(60), "the e-mail to arrive");
            log = server.Output;
        }

        Assert.Contains("Executing endpoint", log, StringComparison.Ordinal); // Debug logging was on: the log is not just quiet.
        string[] secrets = [DatabasePassword, SmtpPassword, ApiKey, WrongPassword, ServerAccounts.ReaderPassword, ServerAccounts.OperatorPassword];
        foreach (var secret in secrets)
        {
            Assert.False(log.Contains(secret, StringComparison.Ordinal), $"The log contains the secret \"{secret}\".");
        }
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string path, System.Net.Http.Headers.AuthenticationHeaderValue credentials, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = credentials;
        using var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = ServerAccounts.AsOperator;
        using var response = await client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
