using Warehouse.Core;
using Warehouse.Delivery;

namespace Warehouse.Scheduler.Jobs;

/// <summary>
/// Re-reads the subscriptions every <see cref="DeliveryOptions.SyncInterval"/>: a subscription added or removed with the CLI
/// (another process) reaches the running server's schedule without a restart. The server syncs once at start itself.
/// </summary>
internal sealed class DeliverySyncService(DeliveryScheduler scheduler, DeliveryOptions options, ILogger<DeliverySyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SyncInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await scheduler.SyncRecurringJobsAsync(stoppingToken);
            }
            catch (Exception e) when (e is WarehouseException or System.Data.Common.DbException or InvalidOperationException)
            {
                DeliveryLogMessages.SyncFailed(logger, e.Message);
            }
        }
    }
}
