using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Web;

namespace Warehouse.Tests.Security;

/// <summary>
/// `serve --demo` makes anonymous requests of this machine operators. A hostile page, a rebound DNS name or a local reverse
/// proxy must not borrow that grant: only a loopback peer, without forwarding headers, naming a loopback host, and — to
/// change anything — holding the anti-forgery token of one of the server's pages (or an API key).
/// </summary>
[Trait("Category", "process")]
public sealed class DemoOriginTests
{
    [Fact]
    public async Task TheDemo_RefusesForeignHosts_ForwardedRequests_AndCrossSiteWrites_ButTakesItsOwnPagesWrites()
    {
        await using var server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>());
        using var client = server.Client();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/loads"));

        // DNS rebinding: the browser sends the attacker's name as Host.
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(client, HttpMethod.Get, "/api/loads", r => r.Headers.Host = "rebound.attacker.example"));
        // Behind a reverse proxy on this machine, every visitor arrives from loopback: the forwarding header gives him away.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Get, "/api/loads", r => r.Headers.Add("X-Forwarded-For", "203.0.113.7")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Get, "/hangfire", r => r.Headers.Add("Forwarded", "for=203.0.113.7")));
        // A cross-site form: no token, no cookie.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Post, "/api/loads", CrossSiteForm));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Post, "/api/subscriptions/x/run", CrossSiteForm));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(0, await ManualRunsAsync(client));

        // The portal's own page gives the token; with it, the same call is the operator's.
        using var portal = new PortalClient(server);
        var token = PortalClient.TokenOf(await portal.PageAsync("/rapports/territoire"));
        using var trigger = new HttpRequestMessage(HttpMethod.Post, "/api/loads");
        trigger.Headers.Add("RequestVerificationToken", token);
        using var accepted = await portal.Http.SendAsync(trigger);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await server.WaitForAsync(async () => await ManualRunsAsync(client) == 1, TimeSpan.FromSeconds(60), "the manual load to be recorded");
    }

    [Fact]
    public async Task AnAnonymousLoopbackRole_IsNotGranted_ToAForeignHost_EvenWhereAllHostsAreAllowed()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, new Dictionary<string, string?> { ["Warehouse__Auth__AnonymousLoopbackRole"] = "operator" });
        using var client = server.Client();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/loads"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/loads", r => r.Headers.Host = "localhost"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Get, "/api/loads", r => r.Headers.Host = "rebound.attacker.example"));
    }

    private static void CrossSiteForm(HttpRequestMessage request)
    {
        request.Headers.Add("Origin", "http://attacker.example");
        request.Content = new StringContent("x=1", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
    }

    private static async Task<int> ManualRunsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/loads")).EnumerateArray().Count(run => run.GetProperty("trigger").GetString() == "manual");

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, HttpMethod method, string path, Action<HttpRequestMessage>? shape = null)
    {
        using var request = new HttpRequestMessage(method, path);
        shape?.Invoke(request);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
