using System.Threading.RateLimiting;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Web;

/// <summary>
/// The renderers of this instance: <see cref="ServerOptions.RenderConcurrency"/> at once, <see cref="ServerOptions.RenderQueue"/>
/// waiting, beyond which <see cref="RenderersBusyException"/> (503). A briefing holds a slot while it is rendered and archived, not
/// while it is sent: a slow client then only holds its own connection (bounded by Kestrel's minimum data rate). An extract is
/// written while it is read from the warehouse, so it holds its slot until sent.
/// </summary>
public sealed class RenderSlots(ServerOptions options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.RenderConcurrency),
        QueueLimit = Math.Max(0, options.RenderQueue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }
        lease.Dispose();
        throw new RenderersBusyException();
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Every renderer is busy and the queue is full: the client is told to come back (503 with Retry-After).</summary>
internal sealed class RenderersBusyException() : Exception("Every renderer is busy and the render queue is full.");
