using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Scheduler.Server;

namespace Warehouse.Scheduler.Web;

/// <summary>PLACEHOLDER (being written): the portal and the JSON API.</summary>
internal static class WebSetup
{
    public static IServiceCollection AddWarehouseWeb(this IServiceCollection services, ServerOptions options) => services;

    public static WebApplication UseWarehouseWeb(this WebApplication app) => app;

    public static IEndpointRouteBuilder MapWarehouseWeb(this IEndpointRouteBuilder endpoints) => endpoints;
}
