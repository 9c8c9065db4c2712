using System.Net;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;
using Warehouse.Tests.Web;

namespace Warehouse.Tests.Security;

/// <summary>
/// The sign-in cookie behind a TLS reverse proxy: Secure when the configured proxy says the request was https, or whenever
/// the public URL is https; X-Forwarded-Proto from anyone else changes nothing.
/// </summary>
[Trait("Category", "process")]
public sealed class SecureCookieTests
{
    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData(null, null, false)]
    [InlineData("192.0.2.10", null, false)]
    [InlineData(null, "https://warehouse.example.org", true)]
    public async Task TheSignInCookie_IsSecure_ExactlyWhenTheRequestIsHttps(string? knownProxy, string? publicUrl, bool secure)
    {
        using var directory = new TempWorkingDirectory();
        var environment = ServerAccounts.Environment();
        environment["Warehouse__Server__KnownProxies__0"] = knownProxy;
        environment["Warehouse__Server__PublicUrl"] = publicUrl;
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);
        using var client = server.Client(handler: new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        using var page = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        page.Headers.Add("X-Forwarded-Proto", "https");
        using var form = await client.SendAsync(page);
        var token = PortalClient.TokenOf(await form.Content.ReadAsStringAsync());
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/connexion")
        {
            Content = new FormUrlEncodedContent([new("UserName", ServerAccounts.Reader), new("Password", ServerAccounts.ReaderPassword), new("__RequestVerificationToken", token)]),
        };
        signIn.Headers.Add("X-Forwarded-Proto", "https");
        signIn.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(signIn);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("warehouse.auth=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
