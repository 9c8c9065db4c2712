using Hangfire;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Server;

/// <summary>Failed jobs are retried a bounded number of times with growing delays (Warehouse:Jobs:RetryAttempts, RetryDelaysSeconds), then stay failed.</summary>
internal static class JobRetries
{
    public static AutomaticRetryAttribute Filter(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Hangfire registers a default retry filter (10 attempts); this one replaces it.
        GlobalJobFilters.Filters.Remove<AutomaticRetryAttribute>();
        var delays = options.RetryDelaysSeconds;
        return new AutomaticRetryAttribute
        {
            Attempts = options.RetryAttempts,
            DelayInSecondsByAttemptFunc = attempt => delays[(int)Math.Min(attempt, delays.Count - 1)],
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
            LogEvents = true,
        };
    }
}
