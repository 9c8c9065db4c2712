using System.Globalization;
using System.Net;
using Warehouse.Scheduler.Auth;
using Warehouse.Scheduler.Server;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>
/// After a load that publishes, the warm-up renders the briefings most likely asked for, in its own Hangfire queue: the
/// first reader of the France briefing after the load gets the warm-up's file. Real server, real refresh job, a new
/// sample placed where the demo's refresh looks.
/// </summary>
[Trait("Category", "process")]
public sealed class BriefingWarmUpTests : IAsyncLifetime
{
    /// <summary>An operator's API key, to trigger the refresh.</summary>
    internal const string OperatorKey = "whk_test-warm-operator-0123456789";

    private ServerProcess _server = null!;

    /// <summary>A demo server with <see cref="OperatorKey"/>, plus <paramref name="more"/> settings.</summary>
    internal static Dictionary<string, string?> Environment(params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string?>
        {
            ["Warehouse__Auth__ApiKeys__0__Name"] = "exploitation",
            ["Warehouse__Auth__ApiKeys__0__KeyHash"] = Credentials.HashApiKey(OperatorKey),
            ["Warehouse__Auth__ApiKeys__0__Role"] = Roles.Operator,
        };
        foreach (var (name, value) in more)
        {
            environment[name] = value;
        }
        return environment;
    }

    public async Task InitializeAsync() => _server = await ServerProcess.StartDemoAsync(Environment());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ALoadThatPublishes_WarmsFranceFirst_AndTheFirstReaderGetsTheWarmedFile()
    {
        var sample = await WarehouseCli.RunAsync(_server.Root, "sample", "--out", DemoWarehouse.SampleDirectory(_server.DemoDirectory), "--seed", "7");
        Assert.True(sample.Succeeded, sample.Description);
        using var client = _server.Client(OperatorKey);

        using var trigger = await client.PostAsync(new Uri("/api/loads", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, trigger.StatusCode);
        long? warmed = null;
        await _server.WaitForAsync(async () => (warmed = await WarmedAsync("FR")) is not null, TimeSpan.FromSeconds(120), "the warm-up's France briefing");

        using var response = await client.GetAsync(new Uri("/api/reports/territory?code=FR", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(warmed!.Value.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Archive-Id").Single());
    }

    /// <summary>The history row of a territory briefing the warm-up rendered, if any.</summary>
    private async Task<long?> WarmedAsync(string code) => Db.Number(await Db.ScalarAsync(WarehouseTarget.SqliteReadOnly(_server.DatabasePath),
        "SELECT MAX(archive_id) FROM app_report_archive WHERE rendered_by = 'warm-up' AND report = 'territory' AND parameters LIKE @code",
        ("code", $"%\"code\":\"{code}\"%")));
}
