using System.Security.Claims;

namespace Warehouse.Scheduler.Server.Auth;

/// <summary>Checks a user's password or an API key against the configured hashes and makes the principal.</summary>
public sealed class UserDirectory(AuthOptions options)
{
    public AuthOptions Options { get; } = options;

    public ClaimsPrincipal? SignIn(string? name, string? password, string scheme)
    {
        var user = Options.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        // Verify against a dummy hash when the user is unknown, so timing does not tell which names exist.
        var ok = Credentials.VerifyPassword(user?.PasswordHash ?? DummyHash.Value, password ?? "");
        return user is not null && ok ? Principal(user.Name, user.Role, scheme) : null;
    }

    public ClaimsPrincipal? ForApiKey(string key, string scheme)
    {
        var match = Options.ApiKeys.FirstOrDefault(k => Credentials.ApiKeyMatches(k.KeyHash, key));
        return match is null ? null : Principal(match.Name, match.Role, scheme);
    }

    public static ClaimsPrincipal Principal(string name, string role, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, Roles.Reader) };
        if (role == Roles.Operator)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Operator));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    private static readonly Lazy<string> DummyHash = new(() => Credentials.HashPassword(Guid.NewGuid().ToString()));
}
