using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warehouse.Scheduler.Server;

namespace Warehouse.Scheduler.Web;

/// <summary>Marks an endpoint that renders or extracts: limited per user per minute and in concurrency. Pages mark only their POST.</summary>
internal sealed record RenderLimited(bool PostOnly = false);

/// <summary>
/// Render limits: a fixed window of <see cref="ServerOptions.RenderRequestsPerMinute"/> per user (429 with Retry-After),
/// chained with one concurrency limiter of <see cref="ServerOptions.RenderConcurrency"/> for the whole instance, with a queue of
/// <see cref="ServerOptions.RenderQueue"/> (503 with Retry-After when it is full). Other endpoints are not limited.
/// </summary>
internal static class RenderLimits
{
    /// <summary>What a client is told to wait when the renderers are all busy and the queue is full.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(10);

    private const string AllRenders = "renders";

    public static IServiceCollection AddRenderLimits(this IServiceCollection services, ServerOptions options)
    {
        var perUser = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context)
            ? RateLimitPartition.GetFixedWindowLimiter(UserOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.RenderRequestsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));
        var concurrency = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context)
            ? RateLimitPartition.GetConcurrencyLimiter(AllRenders, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(1, options.RenderConcurrency),
                QueueLimit = Math.Max(0, options.RenderQueue),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(""));
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perUser, concurrency);
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static bool IsLimited(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RenderLimited>() is { } limited && (!limited.PostOnly || HttpMethods.IsPost(context.Request.Method));

    /// <summary>The signed-in user, else the client address: anonymous loopback users share one budget.</summary>
    private static string UserOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "ip:" + context.Connection.RemoteIpAddress;

    private static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var tooMany = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
        var wait = tooMany ? retryAfter : BusyRetryAfter;
        context.Response.StatusCode = tooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var detail = tooMany
            ? "Trop de rapports demandés en une minute : réessayez dans quelques instants."
            : "Tous les moteurs de rendu sont occupés : réessayez dans quelques instants.";
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Warehouse.Web");
        var user = UserOf(context);
        WebLog.Refused(logger, user, tooMany ? "rate limit" : "render queue full");
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = tooMany ? "Trop de demandes" : "Serveur occupé", Detail = detail },
        });
    }
}
