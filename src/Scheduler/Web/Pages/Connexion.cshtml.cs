using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Core.Text;
using Warehouse.Scheduler.Server.Auth;

namespace Warehouse.Scheduler.Web.Pages;

/// <summary>The sign-in form: a configured user and password give the portal's cookie; only a local return address is followed.</summary>
public sealed class ConnexionModel(UserDirectory users, SignInSessions sessions, ILogger<ConnexionModel> logger) : PageModel
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
        var signedIn = users.SignIn(UserName, Password, CookieAuthenticationDefaults.AuthenticationScheme) is not null;
        WebLog.SignIn(logger, new Untrusted(UserName), signedIn ? "signed in" : "refused");
        if (!signedIn)
        {
            Error = "Nom d'utilisateur ou mot de passe incorrect.";
            Password = null;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CookieSessionEvents.Start(sessions, users.Find(UserName)!));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
