using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Warehouse.Scheduler.Server.Auth;

/// <summary>
/// Credentials sent with each request, for scripts and SQL-side tools: an API key (X-Api-Key header or
/// "Authorization: Bearer key") or a configured user with HTTP Basic. No cookie, hence no cross-site request forgery.
/// </summary>
internal sealed class HeaderCredentialsHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Credentials";
    public const string ApiKeyHeader = "X-Api-Key";

    public static bool HasCredentials(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeyHeader) || request.Headers.Authorization.Count > 0;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.TryGetValue(ApiKeyHeader, out var key) && key.Count == 1 && !string.IsNullOrEmpty(key[0]))
        {
            return Task.FromResult(Result(users.ForApiKey(key[0]!, SchemeName), "unknown API key"));
        }
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) || string.IsNullOrEmpty(header.Parameter))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Result(users.ForApiKey(header.Parameter, SchemeName), "unknown API key"));
        }
        if (header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            }
            catch (FormatException)
            {
                return Task.FromResult(AuthenticateResult.Fail("malformed Basic credentials"));
            }
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return Task.FromResult(colon < 0
                ? AuthenticateResult.Fail("malformed Basic credentials")
                : Result(users.SignIn(decoded[..colon], decoded[(colon + 1)..], SchemeName), "wrong user name or password"));
        }
        return Task.FromResult(AuthenticateResult.NoResult());
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Basic realm=\"warehouse\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    private static AuthenticateResult Result(System.Security.Claims.ClaimsPrincipal? principal, string failure) =>
        principal is null ? AuthenticateResult.Fail(failure) : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
}
