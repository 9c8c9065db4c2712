using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Warehouse.Scheduler.Auth;

/// <summary>What a guarded sign-in attempt gave: a principal, a refusal, or "not now".</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, TimeSpan? Throttled, bool Busy)
{
    public static readonly SignInOutcome Refused = new(null, null, false);
}

/// <summary>
/// Failed authentication is limited per user name and per client address (fixed windows of
/// <see cref="AuthOptions.FailureWindow"/>): past the limit, every attempt of that user or address is refused without
/// checking the password — the right one too — until the window ends. Password hashing (PBKDF2, tens of ms each) runs at
/// most <see cref="AuthOptions.HashingConcurrency"/> at once with a short queue, so sign-in floods cannot starve the server.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly ConcurrencyLimiter _hashing;

    public SignInThrottle(UserDirectory users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var options = users.Options;
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
        {
            PermitLimit = k.StartsWith("user:", StringComparison.Ordinal) ? options.MaxFailuresPerUser : options.MaxFailuresPerAddress,
            Window = options.FailureWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }), StringComparer.Ordinal);
        _hashing = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.HashingConcurrency,
            QueueLimit = options.HashingQueue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Runs <paramref name="verify"/> unless the user or the address is throttled; counts a refusal against both.</summary>
    public async Task<SignInOutcome> AttemptAsync(string? user, IPAddress? address, bool hashes, Func<ClaimsPrincipal?> verify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verify);
        var keys = Keys(user, address);
        if (Blocked(keys) is { } wait)
        {
            return new SignInOutcome(null, wait, false);
        }
        ClaimsPrincipal? principal;
        if (hashes)
        {
            using var slot = await _hashing.AcquireAsync(1, cancellationToken);
            if (!slot.IsAcquired)
            {
                return new SignInOutcome(null, null, true);
            }
            principal = verify();
        }
        else
        {
            principal = verify();
        }
        if (principal is not null)
        {
            return new SignInOutcome(principal, null, false);
        }
        foreach (var key in keys)
        {
            using var _ = _failures.AttemptAcquire(key);
        }
        return SignInOutcome.Refused;
    }

    public void Dispose()
    {
        _failures.Dispose();
        _hashing.Dispose();
    }

    private TimeSpan? Blocked(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            // Zero permits asks whether any are left, without taking one.
            using var probe = _failures.AttemptAcquire(key, 0);
            if (!probe.IsAcquired)
            {
                return probe.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            }
        }
        return null;
    }

    private static List<string> Keys(string? user, IPAddress? address)
    {
        var keys = new List<string> { "address:" + (address?.ToString() ?? "unknown") };
        if (!string.IsNullOrEmpty(user))
        {
            keys.Add("user:" + user);
        }
        return keys;
    }
}
