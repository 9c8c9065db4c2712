using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Primitives;
using Warehouse.Core;

namespace Warehouse.Scheduler.Auth;

/// <summary>
/// One default scheme that picks how a request authenticates: header credentials (API key, Basic) when present, else the
/// portal's sign-in cookie, else — only if configured — anonymous loopback. Unauthenticated API, dashboard and
/// non-browser requests get 401; browsers are sent to the sign-in page; an authenticated reader gets 403 where operator is needed.
/// </summary>
internal static class AuthSetup
{
    public const string SmartScheme = "Warehouse";
    public const string LoginPath = "/connexion";

    /// <summary>With an https <paramref name="publicUrl"/> the sign-in cookie is always Secure; otherwise (and the anti-forgery cookie, which is no credential) Secure whenever the request is https.</summary>
    public static IServiceCollection AddWarehouseAuth(this IServiceCollection services, AuthOptions options, Uri? publicUrl)
    {
        var secure = publicUrl?.Scheme == Uri.UriSchemeHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSingleton(new UserDirectory(options));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<SignInThrottle>();
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Warehouse", policy => policy.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, HeaderCredentialsHandler>(HeaderCredentialsHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, LoopbackAnonymousHandler>(LoopbackAnonymousHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                cookie.Cookie.Name = "warehouse.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = secure;
                cookie.LoginPath = LoginPath;
                cookie.AccessDeniedPath = LoginPath;
                // Absolute: the server-side session (SignInSessions) ends at the same time, whatever the cookie says.
                cookie.SlidingExpiration = false;
                cookie.ExpireTimeSpan = options.SessionLifetime;
                cookie.Events.OnValidatePrincipal = CookieSessionEvents.ValidateAsync;
                cookie.Events.OnSigningOut = CookieSessionEvents.SigningOutAsync;
                cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.ReaderPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reader, Roles.Operator))
            .AddPolicy(Roles.OperatorPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Operator));
        return services;
    }

    /// <summary>appsettings.json is reloaded when it changes: the users, keys and roles in force follow it (a broken file keeps the previous ones).</summary>
    public static void FollowConfiguration(this WebApplication app, bool demo)
    {
        var users = app.Services.GetRequiredService<UserDirectory>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Warehouse.Auth");
        ChangeToken.OnChange(((IConfigurationRoot)app.Configuration).GetReloadToken, () =>
        {
            try
            {
                users.Replace(AuthOptions.Read(app.Configuration, demo));
            }
            catch (WarehouseException e)
            {
                AuthLog.ConfigurationRefused(logger, e.Message);
            }
        });
    }

    private static string SelectScheme(HttpContext context)
    {
        if (HeaderCredentialsHandler.HasCredentials(context.Request))
        {
            return HeaderCredentialsHandler.SchemeName;
        }
        if (context.Request.Cookies.ContainsKey("warehouse.auth"))
        {
            return CookieAuthenticationDefaults.AuthenticationScheme;
        }
        var options = context.RequestServices.GetRequiredService<UserDirectory>().Options;
        return options.AnonymousLoopbackRole is not null && LoopbackAnonymousHandler.IsFromThisMachineOnly(context.Request, context.Connection)
            ? LoopbackAnonymousHandler.SchemeName
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    /// <summary>A browser asking for a page goes to the sign-in page; everything else gets the status code.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        var isPage = HttpMethods.IsGet(request.Method)
            && !request.Path.StartsWithSegments("/api")
            && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
        if (isPage)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }
        return Task.CompletedTask;
    }
}
