using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Warehouse.Core;
using Warehouse.Delivery;
using Warehouse.Scheduler.Auth;
using Warehouse.Scheduler.Jobs;

namespace Warehouse.Scheduler.Web.Api;

/// <summary>The subscription and delivery-log endpoints of the /api group: readers list, operators change and trigger.</summary>
public static class DeliveryEndpoints
{
    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/subscriptions", ListAsync)
            .WithSummary("List the subscriptions").WithTags("Subscriptions").RequireAuthorization(Roles.OperatorPolicy);
        api.MapPost("/subscriptions", AddAsync)
            .WithSummary("Add a subscription (validated against the warehouse)").WithTags("Subscriptions").RequireAuthorization(Roles.OperatorPolicy);
        api.MapDelete("/subscriptions/{name}", RemoveAsync)
            .WithSummary("Remove a subscription (its delivery log and history stay)").WithTags("Subscriptions").RequireAuthorization(Roles.OperatorPolicy);
        api.MapPost("/subscriptions/{name}/run", RunAsync)
            .WithSummary("Deliver a subscription now (a manual occurrence, run by the job server)").WithTags("Subscriptions").RequireAuthorization(Roles.OperatorPolicy);
        api.MapGet("/deliveries", DeliveriesAsync)
            .WithSummary("The delivery log, newest first: sent, retrying, failed (with the reason)").WithTags("Subscriptions").RequireAuthorization(Roles.OperatorPolicy);
        return api;
    }

    private static async Task<Ok<List<Subscription>>> ListAsync(SubscriptionStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    private static async Task<Results<Created<Subscription>, ProblemHttpResult>> AddAsync(
        SubscriptionRequest request, SubscriptionStore store, DeliveryScheduler scheduler, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            var added = await store.AddAsync(request, user.Identity?.Name, cancellationToken);
            await scheduler.SyncRecurringJobsAsync(cancellationToken);
            return TypedResults.Created($"/api/subscriptions/{Uri.EscapeDataString(added.Name)}", added);
        }
        catch (WarehouseException e) when (e.IsUserError)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The subscription is not valid.");
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string name, SubscriptionStore store, DeliveryScheduler scheduler, CancellationToken cancellationToken)
    {
        if (!await store.RemoveAsync(name, cancellationToken))
        {
            return NotFound(name);
        }
        await scheduler.SyncRecurringJobsAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Accepted<ManualRun>, ProblemHttpResult>> RunAsync(string name, SubscriptionStore store, DeliveryScheduler scheduler, CancellationToken cancellationToken)
    {
        var subscription = await store.FindAsync(name, cancellationToken);
        if (subscription is null)
        {
            return NotFound(name);
        }
        var occurrence = scheduler.EnqueueManual(subscription);
        return TypedResults.Accepted($"/api/deliveries?subscription={Uri.EscapeDataString(subscription.Name)}", new ManualRun(subscription.Name, occurrence));
    }

    private static async Task<Results<Ok<List<DeliveryEntry>>, ProblemHttpResult>> DeliveriesAsync(
        DeliveryJournal journal, CancellationToken cancellationToken, string? subscription = null, string? status = null, int limit = 100)
    {
        if (status is not null && !DeliveryStatus.All.Contains(status))
        {
            return TypedResults.Problem($"Unknown status \"{status}\": use {string.Join(", ", DeliveryStatus.All)}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await journal.ListAsync(new DeliveryQuery(subscription, status, Limit: limit), cancellationToken));
    }

    private static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem($"No subscription is named \"{name}\".", statusCode: StatusCodes.Status404NotFound);
}

/// <summary>A manual occurrence enqueued by the API.</summary>
public sealed record ManualRun(string Subscription, string Occurrence);
