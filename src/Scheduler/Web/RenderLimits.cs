using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Web;

/// <summary>Marks an endpoint that renders or extracts: limited per user per minute and in concurrency. Pages mark only their POST.</summary>
internal sealed record RenderLimited(bool PostOnly = false);

/// <summary>
/// Render limits: a fixed window of <see cref="ServerOptions.RenderRequestsPerMinute"/> per user (429 with Retry-After) in the
/// rate-limiting middleware; the renderers themselves are <see cref="RenderSlots"/> (503 with Retry-After when they and their queue
/// are full), taken around the rendering only. Other endpoints are not limited.
/// </summary>
internal static class RenderLimits
{
    /// <summary>What a client is told to wait when the renderers are all busy and the queue is full.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(10);

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
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = perUser;
            limiter.OnRejected = RejectAsync;
        });
        services.AddSingleton(new RenderSlots(options));
        services.AddExceptionHandler<RenderersBusyHandler>();
        return services;
    }

    private static bool IsLimited(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RenderLimited>() is { } limited && (!limited.PostOnly || HttpMethods.IsPost(context.Request.Method));

    /// <summary>The signed-in user, else the client address: anonymous loopback users share one budget.</summary>
    private static string UserOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "ip:" + context.Connection.RemoteIpAddress;

    private static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken) =>
        RefuseAsync(rejected.HttpContext, rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null);

    /// <summary>429 (this user's budget, with the wait it gave) or 503 (every renderer busy), as a problem with Retry-After.</summary>
    public static ValueTask RefuseAsync(HttpContext context, TimeSpan? retryAfter)
    {
        var tooMany = retryAfter is not null;
        var wait = retryAfter ?? BusyRetryAfter;
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

/// <summary>Turns <see cref="RenderersBusyException"/> into the 503 of <see cref="RenderLimits.RefuseAsync"/>.</summary>
internal sealed class RenderersBusyHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RenderersBusyException || httpContext.Response.HasStarted)
        {
            return false;
        }
        ExtractDownload.Reset(httpContext);
        await RenderLimits.RefuseAsync(httpContext, null);
        return true;
    }
}
