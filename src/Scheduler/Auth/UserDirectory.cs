using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Scheduler.Auth;

/// <summary>
/// Checks a user's password or an API key against the configured hashes and makes the principal. The options are replaced
/// when the configuration changes (appsettings.json is reloaded), so a removed user or key stops working at once.
/// </summary>
public sealed class UserDirectory(AuthOptions options)
{
    public const string StampClaimType = "warehouse:stamp";

    private volatile AuthOptions _options = options;

    public AuthOptions Options => _options;

    public void Replace(AuthOptions options) => _options = options;

    public ConfiguredUser? Find(string? name) => Options.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));

    public ClaimsPrincipal? SignIn(string? name, string? password, string scheme)
    {
        var user = Find(name);
        // Verify against a dummy hash when the user is unknown, so timing does not tell which names exist.
        var ok = Credentials.VerifyPassword(user?.PasswordHash ?? DummyHash.Value, password ?? "");
        return user is not null && ok ? Principal(user.Name, user.Role, scheme) : null;
    }

    public ClaimsPrincipal? ForApiKey(string key, string scheme)
    {
        var match = Options.ApiKeys.FirstOrDefault(k => Credentials.ApiKeyMatches(k.KeyHash, key));
        return match is null ? null : Principal(match.Name, match.Role, scheme);
    }

    /// <summary>
    /// Changes when the user's password hash changes: a cookie carries the stamp of its sign-in and is refused once the
    /// configured hash is another (a new password ends every session of the user).
    /// </summary>
    public static string Stamp(ConfiguredUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user.Name + "\n" + user.PasswordHash)))[..32];
    }

    public static ClaimsPrincipal Principal(string name, string role, string scheme, params Claim[] extra)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, Roles.Reader) };
        if (role == Roles.Operator)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Operator));
        }
        claims.AddRange(extra);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    private static readonly Lazy<string> DummyHash = new(() => Credentials.HashPassword(Guid.NewGuid().ToString()));
}
