using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core.Text;
using Warehouse.Scheduler.Auth;

namespace Warehouse.Scheduler.Web.Pages;

/// <summary>
/// The sign-in form: a configured user and password give the portal's cookie; only a local return address is followed.
/// Failures are throttled per user and address (<see cref="SignInThrottle"/>): 429 with Retry-After, the right password too.
/// </summary>
public sealed class ConnexionModel(UserDirectory users, SignInSessions sessions, SignInThrottle throttle, ILogger<ConnexionModel> logger) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var address = HttpContext.Connection.RemoteIpAddress;
        var outcome = await throttle.AttemptAsync(UserName, address, hashes: true,
            () => users.SignIn(UserName, Password, CookieAuthenticationDefaults.AuthenticationScheme), HttpContext.RequestAborted);
        Password = null;
        if (outcome.Principal is null)
        {
            AuthLog.Outcome(logger, outcome, "portal", UserName, address);
            if (outcome.Throttled is { } wait)
            {
                Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Error = "Trop de tentatives de connexion échouées : réessayez dans quelques minutes.";
            }
            else if (outcome.Busy)
            {
                Response.Headers.RetryAfter = "1";
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                Error = "Le serveur est occupé : réessayez dans un instant.";
            }
            else
            {
                Error = "Nom d'utilisateur ou mot de passe incorrect.";
            }
            return Page();
        }
        WebLog.SignIn(logger, new Untrusted(UserName), "signed in");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CookieSessionEvents.Start(sessions, users.Find(UserName)!));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
