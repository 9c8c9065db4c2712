namespace Warehouse.Scheduler.Delivery;

/// <summary>PLACEHOLDER (being written): turns subscriptions into Hangfire jobs.</summary>
public sealed class DeliveryScheduler
{
    public Task EnqueueAfterLoadAsync(long loadRunId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SyncRecurringJobsAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
