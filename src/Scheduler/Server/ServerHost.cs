using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Delivery;
using Warehouse.Delivery.Reporting;
using Warehouse.Scheduler.Auth;
using Warehouse.Scheduler.Health;
using Warehouse.Scheduler.Jobs;
using Warehouse.Scheduler.Settings;
using Warehouse.Scheduler.Web;

namespace Warehouse.Scheduler.Server;

/// <summary>What `warehouse serve` was asked: where it runs, the --urls, demo mode, and the --engine/--connection overrides.</summary>
internal sealed record ServeRequest(string WorkingDirectory, string? Urls, bool Demo, string DemoDirectory, IReadOnlyDictionary<string, string?> Overrides);

/// <summary>
/// Builds the report server: configuration the ASP.NET way, the warehouse (migrated before anything listens), Hangfire on the
/// warehouse's engine, authentication, /health, the dashboard, the portal and the API.
/// </summary>
internal static class ServerHost
{
    public const string DefaultUrl = "http://localhost:5080";

    public const long MaxRequestBodyBytes = 64 * 1024;

    public static async Task<WebApplication> BuildAsync(ServeRequest request, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = request.WorkingDirectory,
            ApplicationName = typeof(ServerHost).Assembly.GetName().Name,
        });
        var demoDirectory = Path.GetFullPath(request.DemoDirectory, request.WorkingDirectory);
        // appsettings.json beside the program, under the working directory's (the content root's, read by ASP.NET itself).
        var besideProgram = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!string.Equals(Path.GetFullPath(besideProgram), Path.GetFullPath("appsettings.json", request.WorkingDirectory), StringComparison.Ordinal))
        {
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                Path = "appsettings.json", Optional = true, ReloadOnChange = true,
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            });
        }
        if (request.Demo)
        {
            // First, so that everything in it (warehouse, Hangfire, history, outbox) is the service user's only.
            ServiceFiles.CreateDirectory(demoDirectory);
            // Demo defaults sit under the user's configuration: appsettings and environment still win.
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = DemoWarehouse.Configuration(demoDirectory) });
        }
        builder.Configuration.AddInMemoryCollection(request.Overrides);
        // ASP.NET's per-request lines carry the full URL (a key someone put in a query string): kept out of Information even
        // when Microsoft.AspNetCore is turned up; only naming this category in the configuration brings them back.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        if (request.Urls is not null)
        {
            builder.WebHost.UseUrls(request.Urls);
        }
        else if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["Kestrel:Endpoints:Http:Url"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        var settings = request.Demo ? DemoWarehouse.Settings(demoDirectory) : SettingsResolver.Resolve(builder.Configuration, request.WorkingDirectory);
        var options = ServerOptions.Read(builder.Configuration, request.WorkingDirectory);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Requests stay small: parameters and forms only, never uploads.
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MinResponseDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(Math.Max(1, options.MinResponseBytesPerSecond), TimeSpan.FromSeconds(10));
        });
        var auth = AuthOptions.Read(builder.Configuration, request.Demo);
        var proxies = ProxySetup.KnownProxies(builder.Configuration);
        var engine = WarehouseEngines.Create(settings);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new ReportRenderer(engine));
        builder.Services.AddSingleton(new ReportArchive(engine, options.ArchiveDirectory));
        builder.Services.AddSingleton<BriefingCache>();
        builder.Services.AddSingleton<HealthReader>();
        builder.Services.AddTransient<RefreshWarehouseJob>();
        builder.Services.AddTransient<WarmBriefingsJob>();
        builder.Services.AddKnownProxies(proxies);
        builder.Services.AddWarehouseAuth(auth, options.PublicUrl);
        if (builder.Configuration["Warehouse:Server:DataProtectionKeysDirectory"] is { Length: > 0 } keys)
        {
            // Instances behind one address must share these keys, or a sign-in cookie from one is refused by the other.
            builder.Services.AddDataProtection().SetApplicationName("warehouse").PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(keys, request.WorkingDirectory)));
        }
        builder.Services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseTypeResolver(FormerJobTypes.Resolve)
            .UseWarehouseStorage(settings, options)
            .UseFilter(JobRetries.Filter(options)));
        builder.Services.AddHangfireServer(server =>
        {
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.PollInterval;
        });
        builder.Services.AddHangfireServer(server =>
        {
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{WarmBriefingsJob.Queue}";
            server.Queues = [WarmBriefingsJob.Queue];
            server.WorkerCount = options.WarmWorkers;
            server.SchedulePollingInterval = options.PollInterval;
        });
        builder.Services.AddWarehouseDelivery(builder.Configuration);
        builder.Services.AddWarehouseWeb(options);

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Warehouse.Server");
        app.FollowConfiguration(request.Demo);
        if (request.Demo)
        {
            await DemoWarehouse.EnsureFilledAsync(demoDirectory, logger, cancellationToken);
        }
        await new Migrator(engine).ApplyAsync(cancellationToken);
        ServerLog.Starting(logger, engine.Name, engine.Location, request.Demo, auth.Users.Count, auth.ApiKeys.Count, auth.AnonymousLoopbackRole ?? "none");

        app.UseKnownProxies(proxies);
        app.UseSecurityHeaders();
        // A declared oversized body is refused at once with 413 (Kestrel's own limit would surface later, as a form or anti-forgery error).
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
            await next();
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWarehouseWeb();
        app.MapGet("/health", async (HealthReader health, CancellationToken ct) =>
        {
            var report = await health.ReadAsync(ct);
            return Results.Json(report, statusCode: report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            // Authorization is the operator policy below; Hangfire's own local-requests-only filter is replaced by it.
            Authorization = [],
            DashboardTitle = "Warehouse — tâches",
            AppPath = "/",
        }).RequireAuthorization(Roles.OperatorPolicy);
        app.MapWarehouseWeb();

        ScheduleRefresh(app.Services.GetRequiredService<IRecurringJobManager>(), options);
        if (request.Demo)
        {
            await DemoWarehouse.SeedSubscriptionAsync(app.Services.GetRequiredService<SubscriptionStore>(), logger, cancellationToken);
        }
        await app.Services.GetRequiredService<DeliveryScheduler>().SyncRecurringJobsAsync(cancellationToken);
        return app;
    }

    private static void ScheduleRefresh(IRecurringJobManager jobs, ServerOptions options)
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(options.RefreshTimeZone);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new WarehouseException($"Warehouse:Refresh:TimeZone \"{options.RefreshTimeZone}\" is not a known time zone (use an IANA id such as Europe/Paris).", isUserError: true, e);
        }
        try
        {
            jobs.AddOrUpdate<RefreshWarehouseJob>(RefreshWarehouseJob.RecurringJobId, job => job.RunAsync("schedule", CancellationToken.None),
                options.RefreshCron, new RecurringJobOptions { TimeZone = zone });
            // Never on a schedule: each load that publishes enqueues it; "Trigger now" in the dashboard warms by hand.
            jobs.AddOrUpdate<WarmBriefingsJob>(WarmBriefingsJob.RecurringJobId, job => job.EnqueueAllAsync("manual", CancellationToken.None), Cron.Never());
        }
        catch (ArgumentException e)
        {
            throw new WarehouseException($"Warehouse:Refresh:Cron \"{options.RefreshCron}\" is not a valid cron expression: {e.Message}", isUserError: true, e);
        }
    }
}
