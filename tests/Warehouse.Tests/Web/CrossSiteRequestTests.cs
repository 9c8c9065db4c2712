using System.Net;

namespace Warehouse.Tests.Web;

/// <summary>
/// Every form of the portal, posted by a signed-in browser without the anti-forgery token (what a forged cross-site post
/// looks like), is refused with 400 and does nothing: no file, no sign-out.
/// </summary>
[Collection(WebServerGroup.Name)]
[Trait("Category", "process")]
public sealed class CrossSiteRequestTests(WebServerFixture fixture)
{
    [Theory]
    [InlineData("/rapports/territoire", "Code=2A&Format=pdf")]
    [InlineData("/rapports/profession", "Profession=Infirmiers")]
    [InlineData("/extractions", "Dataset=effectifs&Territory=D38&Format=csv")]
    [InlineData("/deconnexion", "")]
    [InlineData("/connexion", "UserName=omar&Password=exploitation-2024")]
    public async Task FormPostWithoutToken_IsRefused_ForASignedInUser(string form, string fields)
    {
        using var portal = new PortalClient(fixture.Server);
        using (var signIn = await portal.SubmitAsync("/connexion", [new("UserName", WebServerFixture.ReaderName), new("Password", WebServerFixture.ReaderPassword)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var body = new StringContent(fields, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await portal.Http.PostAsync(new Uri(form, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains($"{WebServerFixture.ReaderName} (lecteur)", await portal.PageAsync("/"), StringComparison.Ordinal);
    }
}
