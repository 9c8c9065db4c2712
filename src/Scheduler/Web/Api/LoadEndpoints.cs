using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Warehouse.Core.Engines;
using Warehouse.Scheduler.Auth;
using Warehouse.Scheduler.Health;
using Warehouse.Scheduler.Jobs;

namespace Warehouse.Scheduler.Web.Api;

/// <summary>/api/loads: the load runs (readers) and "trigger a refresh now" (operators), the API twin of the dashboard's Trigger now.</summary>
internal static class LoadEndpoints
{
    public static IEndpointRouteBuilder MapLoadApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/loads", async (IWarehouseEngine engine, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await LoadRuns.ListAsync(engine, Math.Clamp(limit ?? 20, 1, 500), ct)))
            .RequireAuthorization(Roles.ReaderPolicy)
            .WithName("ListLoads")
            .WithSummary("Load runs, newest first: trigger, outcome, times, message.");

        api.MapPost("/loads", Accepted<TriggeredLoad> (IBackgroundJobClient jobs, HttpContext http) =>
            {
                var jobId = jobs.Enqueue<RefreshWarehouseJob>(job => job.RunAsync("manual", CancellationToken.None));
                return TypedResults.Accepted($"/hangfire/jobs/details/{jobId}", new TriggeredLoad(jobId, $"/hangfire/jobs/details/{jobId}"));
            })
            .RequireAuthorization(Roles.OperatorPolicy)
            .WithName("TriggerLoad")
            .WithSummary("Start refresh-warehouse now (checks every dataset for a new release and loads what changed). Runs after any load in progress.");
        return api;
    }
}

/// <summary>The refresh job enqueued by POST /api/loads and where the dashboard shows it.</summary>
public sealed record TriggeredLoad(string JobId, string Dashboard);
