using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Warehouse.Core;

namespace Warehouse.Scheduler.Server;

/// <summary>
/// Behind a TLS reverse proxy: X-Forwarded-For and X-Forwarded-Proto are believed only from the addresses listed in
/// Warehouse:Server:KnownProxies:N (none by default — then they are ignored, and the client address and scheme are the
/// connection's). A request the proxy received over https is https here, so the sign-in cookie is Secure.
/// </summary>
internal static class ProxySetup
{
    public static IReadOnlyList<IPAddress> KnownProxies(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return [.. configuration.GetSection("Warehouse:Server:KnownProxies").GetChildren().Select(entry =>
            IPAddress.TryParse(entry.Value, out var address) ? address
            : throw new WarehouseException($"{entry.Path} is \"{entry.Value}\": use the IP address of your reverse proxy.", isUserError: true))];
    }

    public static IServiceCollection AddKnownProxies(this IServiceCollection services, IReadOnlyList<IPAddress> proxies)
    {
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback: a local process could then pretend to be anyone. Only what is configured.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                forwarded.KnownProxies.Add(proxy);
            }
            forwarded.ForwardLimit = 1;
        });
        return services;
    }

    public static WebApplication UseKnownProxies(this WebApplication app, IReadOnlyList<IPAddress> proxies)
    {
        if (proxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }
}
