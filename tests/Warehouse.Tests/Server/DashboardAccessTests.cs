using System.Net;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Server;

/// <summary>The Hangfire dashboard and the load trigger need an operator: anonymous → 401 (browsers → sign-in page), reader → 403.</summary>
[Trait("Category", "process")]
public sealed class DashboardAccessTests
{
    [Fact]
    public async Task Dashboard_AnonymousGets401_ReaderGets403_OperatorGets200()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var client = server.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Get, "/hangfire", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Get, "/hangfire/recurring", null));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, HttpMethod.Get, "/hangfire", ServerAccounts.AsReader));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, HttpMethod.Get, "/hangfire/recurring", ServerAccounts.AsReader));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Get, "/hangfire", ServerAccounts.Basic(ServerAccounts.Operator, "wrong-password")));

        using var page = new HttpRequestMessage(HttpMethod.Get, "/hangfire/recurring");
        page.Headers.Authorization = ServerAccounts.AsOperator;
        using var response = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("refresh-warehouse", html, StringComparison.Ordinal);
        Assert.Contains("0 6 * * 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_BrowserWithoutSession_IsSentToTheSignInPage()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion?ReturnUrl=%2Fhangfire", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriggeringALoad_NeedsAnOperator()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var client = server.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Post, "/api/loads", null));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, HttpMethod.Post, "/api/loads", ServerAccounts.AsReader));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/loads", ServerAccounts.AsReader));
    }

    [Fact]
    public async Task AnonymousLoopback_IsOffUnlessConfigured_AndThenGivesTheConfiguredRole()
    {
        using var directory = new TempWorkingDirectory();
        var environment = ServerAccounts.Environment();
        environment["Warehouse__Auth__AnonymousLoopbackRole"] = "reader";
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);
        using var client = server.Client();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/loads", null));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, HttpMethod.Get, "/hangfire", null));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, HttpMethod method, string path, System.Net.Http.Headers.AuthenticationHeaderValue? credentials)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = credentials;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
