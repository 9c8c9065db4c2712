using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Warehouse.Core.Text;

namespace Warehouse.Scheduler.Auth;

/// <summary>
/// The sign-in cookie is checked on every request against the configuration and the server-side session: a user removed from
/// the configuration, whose password changed, who signed out, or whose session is older than its absolute lifetime is refused
/// (401); a user whose role changed gets the configured role at once (a demoted operator gets 403 on operator pages).
/// </summary>
internal static partial class CookieSessionEvents
{
    public static ClaimsPrincipal Start(SignInSessions sessions, ConfiguredUser user)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(user);
        return Principal(user, sessions.Start(user.Name));
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserDirectory>();
        var principal = context.Principal;
        var name = principal?.Identity?.Name;
        var user = users.Find(name);
        var session = principal?.FindFirst(SignInSessions.ClaimType)?.Value;
        var stamp = principal?.FindFirst(UserDirectory.StampClaimType)?.Value;
        string? refusal = user is null ? "the user is no longer configured"
            : stamp != UserDirectory.Stamp(user) ? "the password changed since sign-in"
            : session is null || !services.GetRequiredService<SignInSessions>().IsActive(session, user.Name) ? "the session ended (signed out or expired)"
            : null;
        if (refusal is not null)
        {
            Refused(services.GetRequiredService<ILoggerFactory>().CreateLogger("Warehouse.Auth"), new Untrusted(name), refusal);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var isOperator = principal!.IsInRole(Roles.Operator);
        if (isOperator != (user!.Role == Roles.Operator))
        {
            context.ReplacePrincipal(Principal(user, session!));
            context.ShouldRenew = true;
        }
    }

    public static Task SigningOutAsync(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.FindFirst(SignInSessions.ClaimType)?.Value is { } session)
        {
            context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().End(session);
        }
        return Task.CompletedTask;
    }

    private static ClaimsPrincipal Principal(ConfiguredUser user, string session) =>
        UserDirectory.Principal(user.Name, user.Role, CookieAuthenticationDefaults.AuthenticationScheme,
            new Claim(SignInSessions.ClaimType, session), new Claim(UserDirectory.StampClaimType, UserDirectory.Stamp(user)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in cookie of {User} refused: {Reason}")]
    private static partial void Refused(ILogger logger, Untrusted user, string reason);
}
