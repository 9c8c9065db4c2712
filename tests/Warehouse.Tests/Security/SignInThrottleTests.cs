using System.Net;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;
using Warehouse.Tests.Web;

namespace Warehouse.Tests.Security;

/// <summary>
/// Password guessing against the real server: after the configured number of failures a user name, or a client address, is
/// refused with 429 and Retry-After (the right password too) on the portal, HTTP Basic and API keys; password checks are
/// bounded in concurrency (503 beyond the queue); the log says who and from where, never the password.
/// </summary>
[Trait("Category", "process")]
public sealed class SignInThrottleTests
{
    private const string WrongPassword = "guess-number-";

    [Fact]
    public async Task AUserName_IsThrottledAfterItsFailures_OnBasicAndThePortal_WithoutLockingOutOthers()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, Environment(perUser: 5, perAddress: 100));
        using var client = server.Client();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await BasicAsync(client, ServerAccounts.Operator, WrongPassword + i)).StatusCode);
        }
        using (var throttled = await BasicAsync(client, ServerAccounts.Operator, WrongPassword + "6"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await BasicAsync(client, ServerAccounts.Operator, ServerAccounts.OperatorPassword)).StatusCode);
        using (var portal = new PortalClient(server))
        using (var signIn = await portal.SubmitAsync("/connexion", [new("UserName", ServerAccounts.Operator), new("Password", ServerAccounts.OperatorPassword)]))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, signIn.StatusCode);
            Assert.Null(portal.Cookies["warehouse.auth"]);
        }
        Assert.Equal(HttpStatusCode.OK, (await BasicAsync(client, ServerAccounts.Reader, ServerAccounts.ReaderPassword)).StatusCode);

        Assert.Contains($"Authentication throttled (Basic) for {ServerAccounts.Operator} from 127.0.0.1", server.Output, StringComparison.Ordinal);
        Assert.Contains($"Authentication throttled (portal) for {ServerAccounts.Operator}", server.Output, StringComparison.Ordinal);
        Assert.Contains($"Authentication refused (Basic) for {ServerAccounts.Operator}", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ServerAccounts.OperatorPassword, server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientAddress_IsThrottledAfterItsFailures_WithApiKeys_ThenEvenAGoodKeyWaits()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.WithOperatorKey(Environment(perUser: 100, perAddress: 8)));

        for (var i = 0; i < 8; i++)
        {
            using var guess = server.Client("whk_guess-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, (await guess.GetAsync(new Uri("/api/loads", UriKind.Relative))).StatusCode);
        }
        using var another = server.Client("whk_guess-9");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await another.GetAsync(new Uri("/api/loads", UriKind.Relative))).StatusCode);
        using var good = server.Client(ServerAccounts.OperatorKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await good.GetAsync(new Uri("/api/loads", UriKind.Relative))).StatusCode);
        using var client = server.Client();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await BasicAsync(client, ServerAccounts.Reader, ServerAccounts.ReaderPassword)).StatusCode);
        Assert.Contains("Authentication throttled (API key)", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("whk_guess", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordChecks_AreBoundedInConcurrency_AndTheOverflowGets503()
    {
        using var directory = new TempWorkingDirectory();
        var environment = Environment(perUser: 100, perAddress: 1000);
        environment["Warehouse__Auth__HashingConcurrency"] = "1";
        environment["Warehouse__Auth__HashingQueue"] = "1";
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);
        using var client = server.Client();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            using var response = await BasicAsync(client, "someone-" + i, WrongPassword + i);
            return response.StatusCode;
        }));

        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable, $"{s}"));
    }

    private static Dictionary<string, string?> Environment(int perUser, int perAddress)
    {
        var environment = ServerAccounts.Environment();
        environment["Warehouse__Auth__MaxFailuresPerUser"] = perUser.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Warehouse__Auth__MaxFailuresPerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Warehouse__Auth__FailureWindowSeconds"] = "600";
        return environment;
    }

    private static async Task<HttpResponseMessage> BasicAsync(HttpClient client, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/loads");
        request.Headers.Authorization = ServerAccounts.Basic(user, password);
        return await client.SendAsync(request);
    }
}
