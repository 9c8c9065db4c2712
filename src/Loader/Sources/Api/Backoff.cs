namespace Warehouse.Loader.Sources.Api;

/// <summary>Exponential backoff with jitter: initial × 2^(failures−1) × [1, 1.2), or the server's Retry-After if longer.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(TimeSpan initial, int failedAttempts, TimeSpan? retryAfter)
    {
        var exponential = initial * Math.Pow(2, Math.Min(failedAttempts - 1, 16));
#pragma warning disable CA5394 // Jitter only spreads retries out; it protects nothing.
        var delay = exponential * (1 + (Random.Shared.NextDouble() * 0.2));
#pragma warning restore CA5394
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }
}
