namespace Warehouse.Scheduler.Health;

/// <summary>What /health answers: overall status, then the database, Hangfire and the last load.</summary>
public sealed record HealthReport(string Status, DatabaseHealth Database, HangfireHealth Hangfire, LoadHealth? LastLoad, RefreshHealth? Refresh);

/// <summary>Whether the warehouse answers, its schema version, and when it was asked (answers within a second reuse that).</summary>
public sealed record DatabaseHealth(string Status, string Engine, string? SchemaVersion, string? Error)
{
    public DateTimeOffset CheckedAt { get; init; }
}

/// <summary>Hangfire servers alive and the jobs waiting, running and failed.</summary>
public sealed record HangfireHealth(string Status, long Servers, long Enqueued, long Processing, long Scheduled, long Failed);

/// <summary>The last load run and the last one that succeeded.</summary>
public sealed record LoadHealth(long RunId, string Trigger, string Outcome, string StartedAt, string? FinishedAt, string? Message, string? LastSucceededAt);

/// <summary>The refresh-warehouse recurring job: its next run and the state of its last run.</summary>
public sealed record RefreshHealth(string Cron, string TimeZone, DateTime? NextExecution, DateTime? LastExecution, string? LastJobState);

/// <summary>Status words of /health.</summary>
public static class HealthStatus
{
    public const string Healthy = "healthy";
    public const string Degraded = "degraded";
    public const string Unhealthy = "unhealthy";
}
