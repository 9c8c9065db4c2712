using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Warehouse.Scheduler.Server.Auth;

/// <summary>
/// Only when Warehouse:Auth:AnonymousLoopbackRole is set (and in --demo): a request from 127.0.0.1/::1 without
/// credentials is the user "local" with that role. Requests from any other address get nothing from this scheme.
/// </summary>
internal sealed class LoopbackAnonymousHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Loopback";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(users.Options.AnonymousLoopbackRole is { } role && AuthOptions.IsLoopback(Context.Connection.RemoteIpAddress)
            ? AuthenticateResult.Success(new AuthenticationTicket(UserDirectory.Principal("local", role, SchemeName), SchemeName))
            : AuthenticateResult.NoResult());
}
