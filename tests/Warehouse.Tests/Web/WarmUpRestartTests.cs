using System.Net;
using Warehouse.Scheduler.Server;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>
/// The warm-up survives a restart mid-way: its jobs are Hangfire jobs in the warehouse's storage, so a server stopped while
/// warming goes on with the jobs left when it starts again, and every job of the set ends succeeded, each briefing rendered
/// once. The server is killed as a crash would, with a short invisibility timeout so the job it was running is taken over.
/// </summary>
[Trait("Category", "process")]
public sealed class WarmUpRestartTests : IAsyncLifetime
{
    /// <summary>France, 18 régions, 101 départements, 38 professions.</summary>
    private const int WarmSet = 1 + 18 + 101 + 38;

    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"warehouse-warm-{Guid.NewGuid():N}")).FullName;

    private static readonly Dictionary<string, string?> Environment = BriefingWarmUpTests.Environment(("Warehouse__Jobs__InvisibilityTimeoutSeconds", "3"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AServerStoppedWhileWarming_GoesOnWithTheJobsLeft_AndEveryJobEndsSucceeded()
    {
        var demo = Path.Combine(_root, "demo");
        long atStop;
        await using (var first = await StartAsync())
        {
            var sample = await WarehouseCli.RunAsync(_root, "sample", "--out", DemoWarehouse.SampleDirectory(demo), "--seed", "11");
            Assert.True(sample.Succeeded, sample.Description);
            using var client = first.Client(BriefingWarmUpTests.OperatorKey);
            using var trigger = await client.PostAsync(new Uri("/api/loads", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.Accepted, trigger.StatusCode);
            await first.WaitForAsync(async () => await WarmedAsync(demo) >= 3, TimeSpan.FromSeconds(120), "the first warmed briefings");
        }
        atStop = await SucceededWarmJobsAsync(demo);
        Assert.InRange(atStop, 1, WarmSet - 1); // stopped mid-way

        await using var second = await StartAsync();
        await second.WaitForAsync(async () => await SucceededWarmJobsAsync(demo) == WarmSet, TimeSpan.FromSeconds(240), $"all {WarmSet} warm-up jobs succeeded");

        Assert.Equal(0, await Db.CountAsync(WarehouseTarget.SqliteReadOnly(Hangfire(demo)), "SELECT COUNT(*) FROM JobQueue WHERE Queue = 'warm'"));
        var warmed = await WarmedAsync(demo);
        Assert.True(warmed > atStop, $"{warmed} warmed briefings in all, {atStop} warm-up jobs done when the first server stopped");
        Assert.Equal(warmed, await Db.CountAsync(WarehouseTarget.SqliteReadOnly(Warehouse(demo)), "SELECT COUNT(DISTINCT cache_key) FROM app_report_archive WHERE rendered_by = 'warm-up'"));
    }

    private Task<ServerProcess> StartAsync() => ServerProcess.StartAsync(_root, Environment, "--demo", "--demo-directory", "demo");

    private static string Warehouse(string demo) => Path.Combine(demo, "warehouse-demo.db");

    private static string Hangfire(string demo) => Path.Combine(demo, "warehouse-demo.hangfire.db");

    private static Task<long> WarmedAsync(string demo) =>
        Db.CountAsync(WarehouseTarget.SqliteReadOnly(Warehouse(demo)), "SELECT COUNT(*) FROM app_report_archive WHERE rendered_by = 'warm-up'");

    /// <summary>Hangfire's own record of the warm-up: its jobs in the Succeeded state.</summary>
    private static Task<long> SucceededWarmJobsAsync(string demo) =>
        Db.CountAsync(WarehouseTarget.SqliteReadOnly(Hangfire(demo)), "SELECT COUNT(*) FROM Job WHERE StateName = 'Succeeded' AND InvocationData LIKE '%WarmAsync%'");
}
