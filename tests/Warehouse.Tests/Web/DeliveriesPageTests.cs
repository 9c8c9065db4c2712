using System.Net;

namespace Warehouse.Tests.Web;

/// <summary>/livraisons: operators see the subscriptions (the demo seeds one) and the delivery log; readers do not.</summary>
[Collection(WebServerGroup.Name)]
[Trait("Category", "process")]
public sealed class DeliveriesPageTests(WebServerFixture fixture)
{
    [Fact]
    public async Task Operator_SeesTheDemoSubscriptionAndTheLog()
    {
        using var portal = new PortalClient(fixture.Server);
        (await portal.SubmitAsync("/connexion", [new("UserName", WebServerFixture.OperatorName), new("Password", WebServerFixture.OperatorPassword)])).Dispose();

        var html = await portal.PageAsync("/livraisons");

        Assert.Contains("<h1>Abonnements et livraisons</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Démo - Corse toutes les 10 minutes", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("*/10 * * * * (Europe/Paris)", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Journal des livraisons", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/livraisons\"", await portal.PageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_IsRefused_AndHasNoLinkToIt()
    {
        using var portal = new PortalClient(fixture.Server);
        (await portal.SubmitAsync("/connexion", [new("UserName", WebServerFixture.ReaderName), new("Password", WebServerFixture.ReaderPassword)])).Dispose();

        Assert.DoesNotContain("href=\"/livraisons\"", await portal.PageAsync("/"), StringComparison.Ordinal);
        using var reader = fixture.Server.Client(WebServerFixture.ReaderKey);
        using var response = await reader.GetAsync(new Uri("/livraisons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
