using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Warehouse.Scheduler.Delivery;

/// <summary>PLACEHOLDER (being written): the delivery services of `warehouse serve`.</summary>
internal static class DeliverySetup
{
    public static IServiceCollection AddWarehouseDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DeliveryScheduler>();
        return services;
    }
}
