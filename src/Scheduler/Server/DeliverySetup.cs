using Warehouse.Delivery;
using Warehouse.Scheduler.Jobs;

namespace Warehouse.Scheduler.Server;

/// <summary>The delivery services of `warehouse serve`: subscriptions, the delivery journal, the senders, the job and its schedule.</summary>
internal static class DeliverySetup
{
    public static IServiceCollection AddWarehouseDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => DeliveryOptions.Read(configuration, provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<DeliveryJournal>();
        services.AddSingleton<SmtpSender>();
        services.AddSingleton<FolderSender>();
        services.AddSingleton<SubscriptionDelivery>();
        services.AddTransient<DeliverSubscriptionJob>();
        services.AddSingleton<DeliveryScheduler>();
        services.AddHostedService<DeliverySyncService>();
        return services;
    }
}
