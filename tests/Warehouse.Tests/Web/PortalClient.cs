using System.Net;
using System.Text.RegularExpressions;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>A browser-like client of the portal: keeps cookies, does not follow redirects, reads a form's anti-forgery token.</summary>
internal sealed partial class PortalClient : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public PortalClient(ServerProcess server, string? apiKey = null)
    {
        Http = server.Client(apiKey, _handler);
        Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public HttpClient Http { get; }

    public CookieCollection Cookies => _handler.CookieContainer.GetAllCookies();

    public async Task<string> PageAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html}");
        return html;
    }

    /// <summary>GETs the page, then POSTs its form with the fields given and the page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = TokenOf(await PageAsync(path));
        using var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public static string TokenOf(string html) =>
        Token().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No anti-forgery token in the page:\n" + html);

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
