using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Delivery;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>The claim protocol on a real PostgreSQL warehouse: among concurrent claimers of one delivery, exactly one sends.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class PostgresDeliveryClaimTests(PostgresServer server)
{
    private static readonly Subscription Subscription = new(7, "claims", "territory", new Dictionary<string, string> { ["code"] = "R53" }, ["pdf"],
        null, null, true, "email", ["a@ars.example"], "", null);

    [SkippableFact]
    public async Task TryClaim_GrantsOneClaimer_AmongConcurrentInstances()
    {
        var engine = await MigratedAsync();
        var instances = Enumerable.Range(0, 2).Select(_ => new DeliveryJournal(engine)).ToList();

        // Both "instances" create the row and claim it at once, eight times over (four claimers each).
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var log = instances[i % 2];
            var entry = await log.EnsureAsync(Subscription, "cron:2026-11-30T06:00:00Z", "a@ars.example");
            return await log.TryClaimAsync(entry.DeliveryId, $"instance-{i % 2}:{i}", TimeSpan.FromMinutes(5));
        }));

        Assert.Equal(1, claims.Count(c => c));
        var entry = Assert.Single(await instances[0].ListAsync(new DeliveryQuery("claims")));
        Assert.Equal((DeliveryStatus.Sending, 1), (entry.Status, entry.Attempts));
    }

    [SkippableFact]
    public async Task TryClaim_TakesOverAnExpiredLease_ButNeverASentDelivery()
    {
        var engine = await MigratedAsync();
        var log = new DeliveryJournal(engine);
        var entry = await log.EnsureAsync(Subscription, "load:9", "a@ars.example");

        var crashed = await log.TryClaimAsync(entry.DeliveryId, "dead:1", TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        var takeover = await log.TryClaimAsync(entry.DeliveryId, "alive:2", TimeSpan.FromMinutes(5));
        var whileHeld = await log.TryClaimAsync(entry.DeliveryId, "other:3", TimeSpan.FromMinutes(5));
        await log.MarkSentAsync(entry.DeliveryId);
        var afterSent = await log.TryClaimAsync(entry.DeliveryId, "other:3", TimeSpan.FromMinutes(5));

        Assert.Equal((true, true, false, false), (crashed, takeover, whileHeld, afterSent));
        var final = Assert.Single(await log.ListAsync(new DeliveryQuery("claims", Occurrence: "load:9")));
        Assert.Equal((DeliveryStatus.Sent, 2, "alive:2"), (final.Status, final.Attempts, final.ClaimedBy));
        Assert.NotNull(final.SentAt);
    }

    private async Task<IWarehouseEngine> MigratedAsync()
    {
        server.SkipIfUnavailable();
        var engine = WarehouseEngines.Create(new WarehouseSettings(EngineKind.PostgreSql, await server.CreateDatabaseAsync("claims")));
        await new Migrator(engine).ApplyAsync();
        return engine;
    }
}
