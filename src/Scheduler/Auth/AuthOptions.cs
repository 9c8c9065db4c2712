using System.Net;
using Warehouse.Core;

namespace Warehouse.Scheduler.Auth;

/// <summary>A configured user: name, password hash (`warehouse user hash-password`) and role.</summary>
public sealed record ConfiguredUser(string Name, string PasswordHash, string Role);

/// <summary>A configured API key: who it is for, the SHA-256 of the key (`warehouse user new-api-key`) and role.</summary>
public sealed record ConfiguredApiKey(string Name, string KeyHash, string Role);

/// <summary>
/// Warehouse:Auth — users (Warehouse:Auth:Users:0:Name, :PasswordHash, :Role), API keys (Warehouse:Auth:ApiKeys:0:Name, :KeyHash, :Role)
/// and the role given to anonymous requests from the loopback interface (Warehouse:Auth:AnonymousLoopbackRole; off unless set).
/// Only hashes are configured; the server never sees a stored password or key.
/// </summary>
public sealed record AuthOptions(IReadOnlyList<ConfiguredUser> Users, IReadOnlyList<ConfiguredApiKey> ApiKeys, string? AnonymousLoopbackRole)
{
    /// <summary>Warehouse:Auth:SessionLifetimeSeconds: a portal session ends this long after sign-in, used or not (default 8 h).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>Warehouse:Auth:MaxFailuresPerUser: failed sign-ins of one user name per <see cref="FailureWindow"/> before it is throttled.</summary>
    public int MaxFailuresPerUser { get; init; } = 10;

    /// <summary>Warehouse:Auth:MaxFailuresPerAddress: failed authentications (password or API key) from one client address per window.</summary>
    public int MaxFailuresPerAddress { get; init; } = 50;

    /// <summary>Warehouse:Auth:FailureWindowSeconds (default 15 min).</summary>
    public TimeSpan FailureWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Warehouse:Auth:HashingConcurrency: password checks at once (default half the processors, at least 1).</summary>
    public int HashingConcurrency { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Warehouse:Auth:HashingQueue: password checks waiting; beyond, 503.</summary>
    public int HashingQueue { get; init; } = 32;

    public static AuthOptions Read(IConfiguration configuration, bool demo)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var users = configuration.GetSection("Warehouse:Auth:Users").GetChildren()
            .Select(s => new ConfiguredUser(Required(s, "Name"), Required(s, "PasswordHash"), RoleOf(s))).ToList();
        var keys = configuration.GetSection("Warehouse:Auth:ApiKeys").GetChildren()
            .Select(s => new ConfiguredApiKey(Required(s, "Name"), Required(s, "KeyHash").ToLowerInvariant(), RoleOf(s))).ToList();
        var loopback = configuration["Warehouse:Auth:AnonymousLoopbackRole"] ?? (demo ? Roles.Operator : null);
        if (!string.IsNullOrWhiteSpace(loopback) && !Roles.IsKnown(loopback))
        {
            throw new WarehouseException($"Warehouse:Auth:AnonymousLoopbackRole is \"{loopback}\": use reader or operator, or leave it unset.", isUserError: true);
        }
        var lifetime = configuration.GetValue("Warehouse:Auth:SessionLifetimeSeconds", 8 * 3600);
        if (lifetime <= 0)
        {
            throw new WarehouseException($"Warehouse:Auth:SessionLifetimeSeconds is {lifetime}: use a number of seconds above 0.", isUserError: true);
        }
        var defaults = new AuthOptions([], [], null);
        return new AuthOptions(users, keys, string.IsNullOrWhiteSpace(loopback) ? null : loopback)
        {
            SessionLifetime = TimeSpan.FromSeconds(lifetime),
            MaxFailuresPerUser = AtLeast(configuration, "Warehouse:Auth:MaxFailuresPerUser", defaults.MaxFailuresPerUser, 1),
            MaxFailuresPerAddress = AtLeast(configuration, "Warehouse:Auth:MaxFailuresPerAddress", defaults.MaxFailuresPerAddress, 1),
            FailureWindow = TimeSpan.FromSeconds(AtLeast(configuration, "Warehouse:Auth:FailureWindowSeconds", (int)defaults.FailureWindow.TotalSeconds, 1)),
            HashingConcurrency = AtLeast(configuration, "Warehouse:Auth:HashingConcurrency", defaults.HashingConcurrency, 1),
            HashingQueue = AtLeast(configuration, "Warehouse:Auth:HashingQueue", defaults.HashingQueue, 0),
        };
    }

    public static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    /// <summary>localhost, *.localhost, 127.x.x.x or [::1]: the names that mean this machine whatever DNS says.</summary>
    public static bool IsLoopbackHost(string? host) =>
        !string.IsNullOrEmpty(host)
        && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));

    private static int AtLeast(IConfiguration configuration, string key, int fallback, int minimum)
    {
        var value = configuration.GetValue(key, fallback);
        return value >= minimum ? value
            : throw new WarehouseException($"{key} is {value}: use a whole number of at least {minimum}.", isUserError: true);
    }

    private static string Required(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } value ? value
        : throw new WarehouseException($"{section.Path}:{key} is missing in the configuration.", isUserError: true);

    private static string RoleOf(IConfigurationSection section)
    {
        var role = section["Role"] ?? Roles.Reader;
        return Roles.IsKnown(role) ? role
            : throw new WarehouseException($"{section.Path}:Role is \"{role}\": use reader or operator.", isUserError: true);
    }
}
