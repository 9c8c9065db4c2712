using System.Net;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Security;

/// <summary>The portal's pages carry a Content-Security-Policy with frame-ancestors 'none'; the dashboard cannot be framed either.</summary>
[Trait("Category", "process")]
public sealed class SecurityHeaderTests
{
    [Fact]
    public async Task PortalPagesAndTheDashboard_CannotBeFramed_AndThePortalHasAContentSecurityPolicy()
    {
        await using var server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>());
        using var client = server.Client();

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));

        using var dashboard = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("frame-ancestors 'none'", Assert.Single(dashboard.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", Assert.Single(dashboard.Headers.GetValues("X-Frame-Options")));
    }
}
