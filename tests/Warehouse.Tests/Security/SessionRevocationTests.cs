using System.Net;
using Warehouse.Scheduler.Auth;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;
using Warehouse.Tests.Web;

namespace Warehouse.Tests.Security;

/// <summary>
/// A sign-in cookie copied by an attacker is replayed on the real server after what should end it: sign-out, the user's
/// removal from the configuration, his demotion, the end of the session's absolute lifetime.
/// </summary>
[Trait("Category", "process")]
public sealed class SessionRevocationTests
{
    [Fact]
    public async Task ACookieReplayedAfterSignOut_Gets401_OnTheApiAndTheDashboard()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var portal = new PortalClient(server);
        var cookie = await SignInAsync(portal, ServerAccounts.Operator, ServerAccounts.OperatorPassword);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(server, cookie, "/hangfire"));

        using (var signOut = await portal.SubmitAsync("/deconnexion", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(server, cookie, "/hangfire"));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(server, cookie, "/api/loads"));
        Assert.Contains("session ended", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACookieReplayedAfterTheUserIsRemovedOrDemoted_Gets401Or403()
    {
        using var directory = new TempWorkingDirectory();
        var before = ServerAccounts.Environment();
        before["Warehouse__Server__DataProtectionKeysDirectory"] = "keys";
        string readerCookie, operatorCookie;
        await using (var server = await ServerProcess.StartAsync(directory.Root, before))
        {
            using var reader = new PortalClient(server);
            using var op = new PortalClient(server);
            readerCookie = await SignInAsync(reader, ServerAccounts.Reader, ServerAccounts.ReaderPassword);
            operatorCookie = await SignInAsync(op, ServerAccounts.Operator, ServerAccounts.OperatorPassword);
        }

        // The reader is removed; the operator stays with the same password but is now a reader.
        var after = new Dictionary<string, string?>
        {
            ["Warehouse__Server__DataProtectionKeysDirectory"] = "keys",
            ["Warehouse__Auth__Users__0__Name"] = ServerAccounts.Operator,
            ["Warehouse__Auth__Users__0__PasswordHash"] = before["Warehouse__Auth__Users__1__PasswordHash"],
            ["Warehouse__Auth__Users__0__Role"] = Roles.Reader,
        };
        await using (var server = await ServerProcess.StartAsync(directory.Root, after))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(server, readerCookie, "/api/loads"));
            Assert.Equal(HttpStatusCode.Forbidden, await ReplayAsync(server, operatorCookie, "/hangfire"));
            Assert.Equal(HttpStatusCode.Forbidden, await ReplayAsync(server, operatorCookie, "/api/loads", HttpMethod.Post));
            Assert.Equal(HttpStatusCode.OK, await ReplayAsync(server, operatorCookie, "/api/loads"));
            Assert.Contains("no longer configured", server.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACookieInUse_StillEndsAtItsAbsoluteLifetime()
    {
        using var directory = new TempWorkingDirectory();
        var environment = ServerAccounts.Environment();
        environment["Warehouse__Auth__SessionLifetimeSeconds"] = "4";
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);
        using var portal = new PortalClient(server);
        var cookie = await SignInAsync(portal, ServerAccounts.Reader, ServerAccounts.ReaderPassword);
        var started = DateTime.UtcNow;

        // Used every half second: a sliding cookie would never expire.
        var status = HttpStatusCode.OK;
        while (status == HttpStatusCode.OK && DateTime.UtcNow - started < TimeSpan.FromSeconds(15))
        {
            status = await ReplayAsync(server, portal.Cookies["warehouse.auth"]?.Value ?? cookie, "/api/loads");
            await Task.Delay(500);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.InRange((DateTime.UtcNow - started).TotalSeconds, 3, 8);
    }

    private static async Task<string> SignInAsync(PortalClient portal, string user, string password)
    {
        using var signIn = await portal.SubmitAsync("/connexion", [new("UserName", user), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return portal.Cookies["warehouse.auth"]?.Value ?? throw new InvalidOperationException("No sign-in cookie was set.");
    }

    /// <summary>What an attacker holding the cookie gets: a fresh client that sends only that cookie.</summary>
    private static async Task<HttpStatusCode> ReplayAsync(ServerProcess server, string cookie, string path, HttpMethod? method = null)
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.Add("Cookie", "warehouse.auth=" + cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
