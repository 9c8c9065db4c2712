using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Scheduler.Server.Auth;

namespace Warehouse.Scheduler.Web.Pages;

/// <summary>The sign-in form: a configured user and password give the portal's cookie; only a local return address is followed.</summary>
public sealed class ConnexionModel(UserDirectory users, ILogger<ConnexionModel> logger) : PageModel
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
        var principal = users.SignIn(UserName, Password, CookieAuthenticationDefaults.AuthenticationScheme);
        WebLog.SignIn(logger, UserName ?? "", principal is null ? "refused" : "signed in");
        if (principal is null)
        {
            Error = "Nom d'utilisateur ou mot de passe incorrect.";
            Password = null;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
