using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Warehouse.Scheduler.Auth;

/// <summary>
/// Only when Warehouse:Auth:AnonymousLoopbackRole is set (and in --demo): a request without credentials is the user "local"
/// with that role if, and only if, it comes from this machine and nothing else — a loopback peer, no forwarding header (a
/// local reverse proxy would otherwise make every visitor local), a loopback Host (a rebound DNS name is not this machine) —
/// and, when it changes something, it carries the anti-forgery token of a page of this server (a cross-site form cannot).
/// </summary>
internal sealed class LoopbackAnonymousHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory users, IAntiforgery antiforgery)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Loopback";

    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Original-For", "X-Real-IP"];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (users.Options.AnonymousLoopbackRole is not { } role || !IsFromThisMachineOnly(Request, Context.Connection))
        {
            return AuthenticateResult.NoResult();
        }
        var principal = UserDirectory.Principal("local", role, SchemeName);
        if (!IsStateChanging(Request.Method))
        {
            return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
        }
        // The token of a page served to "local" is bound to that user: check it as that user.
        var anonymous = Context.User;
        Context.User = principal;
        try
        {
            return await antiforgery.IsRequestValidAsync(Context)
                ? AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName))
                : AuthenticateResult.Fail("an anonymous request that changes something needs an API key or the anti-forgery token of a page");
        }
        finally
        {
            Context.User = anonymous;
        }
    }

    public static bool IsFromThisMachineOnly(HttpRequest request, ConnectionInfo connection) =>
        AuthOptions.IsLoopback(connection.RemoteIpAddress)
        && !ForwardingHeaders.Any(request.Headers.ContainsKey)
        && AuthOptions.IsLoopbackHost(request.Host.Host);

    private static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
