using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Warehouse.Scheduler.Auth;

/// <summary>
/// Credentials sent with each request, for scripts and SQL-side tools: an API key (X-Api-Key header or
/// "Authorization: Bearer key") or a configured user with HTTP Basic. No cookie, hence no cross-site request forgery.
/// Failures are throttled per user and address (<see cref="SignInThrottle"/>): 429 with Retry-After, 503 when every password check is busy.
/// </summary>
internal sealed class HeaderCredentialsHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory users, SignInThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Credentials";
    public const string ApiKeyHeader = "X-Api-Key";

    private static readonly object OutcomeKey = new();

    public static bool HasCredentials(HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeyHeader) || request.Headers.Authorization.Count > 0;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.TryGetValue(ApiKeyHeader, out var key) && key.Count == 1 && !string.IsNullOrEmpty(key[0]))
        {
            return await ApiKeyAsync(key[0]!);
        }
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) || string.IsNullOrEmpty(header.Parameter))
        {
            return AuthenticateResult.NoResult();
        }
        if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return await ApiKeyAsync(header.Parameter);
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
                return AuthenticateResult.Fail("malformed Basic credentials");
            }
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return AuthenticateResult.Fail("malformed Basic credentials");
            }
            var (name, password) = (decoded[..colon], decoded[(colon + 1)..]);
            return await GuardedAsync("Basic", name, hashes: true, () => users.SignIn(name, password, SchemeName));
        }
        return AuthenticateResult.NoResult();
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var outcome = Context.Items[OutcomeKey] as SignInOutcome;
        if (outcome?.Throttled is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }
        if (outcome?.Busy == true)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "1";
            return Task.CompletedTask;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"warehouse\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    private Task<AuthenticateResult> ApiKeyAsync(string apiKey) => GuardedAsync("API key", null, hashes: false, () => users.ForApiKey(apiKey, SchemeName));

    private async Task<AuthenticateResult> GuardedAsync(string method, string? name, bool hashes, Func<System.Security.Claims.ClaimsPrincipal?> verify)
    {
        var address = Context.Connection.RemoteIpAddress;
        var outcome = await throttle.AttemptAsync(name, address, hashes, verify, Context.RequestAborted);
        if (outcome.Principal is { } principal)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
        }
        Context.Items[OutcomeKey] = outcome;
        AuthLog.Outcome(Logger, outcome, method, name, address);
        return AuthenticateResult.Fail(outcome.Throttled is not null ? "throttled" : outcome.Busy ? "busy" : "wrong credentials");
    }
}
