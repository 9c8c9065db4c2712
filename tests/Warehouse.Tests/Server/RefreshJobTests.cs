using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Server;

/// <summary>refresh-warehouse under Hangfire: Trigger now through the API, a short cron firing, a failing run retried then shown failed.</summary>
[Trait("Category", "process")]
public sealed class RefreshJobTests
{
    [Fact]
    public async Task TriggerNow_ThroughTheApi_LoadsTheNewRelease()
    {
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        var database = directory.PathOf("warehouse.db");
        await using var server = await ServerProcess.StartAsync(directory.Root, Environment(directory, database));
        using var client = server.Client();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/loads");
        request.Headers.Authorization = ServerAccounts.AsOperator;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var triggered = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(triggered.GetProperty("jobId").GetString()));

        await server.WaitForAsync(async () => await LastRunAsync(database) is ("manual", "succeeded"), TimeSpan.FromSeconds(60), "a manual load run that succeeded");
        // Every dataset was loaded from the folder, and the facts hold exactly the rows the run reports.
        Assert.Equal(7L, await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_file WHERE outcome = 'loaded'"));
        Assert.Equal(
            await ScalarAsync(database, "SELECT rows_loaded FROM etl_load_file WHERE dataset_id = 'demographie-effectifs-et-les-densites'"),
            await ScalarAsync(database, "SELECT COUNT(*) FROM fact_headcount_density"));

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var report = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", report.GetProperty("status").GetString());
        Assert.Equal("succeeded", report.GetProperty("lastLoad").GetProperty("outcome").GetString());
        Assert.Equal("manual", report.GetProperty("lastLoad").GetProperty("trigger").GetString());
    }

    [Fact]
    public async Task TwoTriggers_RunOneAfterTheOther_NeverTwoLoadsAtOnce()
    {
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        var database = directory.PathOf("warehouse.db");
        await using var server = await ServerProcess.StartAsync(directory.Root, Environment(directory, database));
        using var client = server.Client();

        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/loads");
            request.Headers.Authorization = ServerAccounts.AsOperator;
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await server.WaitForAsync(async () => await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_run WHERE outcome <> 'running'") == 2,
            TimeSpan.FromSeconds(90), "both manual runs to finish");
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_run WHERE outcome = 'succeeded'"));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_run WHERE outcome = 'up_to_date'"));
        // The second run started after the first had finished.
        Assert.Equal(1L, await ScalarAsync(database,
            "SELECT COUNT(*) FROM etl_load_run a JOIN etl_load_run b ON b.load_run_id = a.load_run_id + 1 WHERE b.started_at >= a.finished_at"));
    }

    [Fact]
    public async Task ShortCron_Fires_ThenFindsNothingNew()
    {
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        var database = directory.PathOf("warehouse.db");
        var environment = Environment(directory, database);
        environment["Warehouse__Refresh__Cron"] = "*/2 * * * * *";
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);

        await server.WaitForAsync(async () => await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_run WHERE trigger_kind = 'schedule' AND outcome = 'up_to_date'") > 0,
            TimeSpan.FromSeconds(60), "a scheduled run finding the release unchanged");
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_run WHERE outcome = 'succeeded'"));
        Assert.Equal("schedule", await TextAsync(database, "SELECT trigger_kind FROM etl_load_run WHERE outcome = 'succeeded'"));
        Assert.Equal(0L, await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_run WHERE outcome IN ('failed', 'rejected', 'interrupted')"));
    }

    [Fact]
    public async Task FailingRefresh_IsRetried_ThenShownFailedInHealth_AndTheWarehouseIsUnchanged()
    {
        using var directory = new TempWorkingDirectory();
        var sample = directory.PathOf("sample");
        await SampleLoad.GenerateAsync(sample);
        var headcount = Path.Combine(sample, "demographie-effectifs-et-les-densites.csv");
        var lines = await File.ReadAllLinesAsync(headcount);
        lines[5] = "20x9" + lines[5][4..];
        await File.WriteAllLinesAsync(headcount, lines);
        var database = directory.PathOf("warehouse.db");
        var environment = Environment(directory, database);
        environment["Warehouse__Jobs__RetryAttempts"] = "1";
        environment["Warehouse__Jobs__RetryDelaysSeconds__0"] = "1";
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);
        using var client = server.Client();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/loads");
        request.Headers.Authorization = ServerAccounts.AsOperator;
        (await client.SendAsync(request)).Dispose();

        JsonElement report = default;
        await server.WaitForAsync(async () =>
        {
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            report = await health.Content.ReadFromJsonAsync<JsonElement>();
            // The warehouse part of /health may be up to a second older than Hangfire's (it is asked once a second).
            return report.GetProperty("hangfire").GetProperty("failed").GetInt64() == 1
                && report.GetProperty("lastLoad").GetProperty("outcome").GetString() != "running";
        }, TimeSpan.FromSeconds(60), "the refresh job failed in Hangfire after its retry");

        Assert.Equal("degraded", report.GetProperty("status").GetString());
        Assert.Equal("rejected", report.GetProperty("lastLoad").GetProperty("outcome").GetString());
        // One run, then one retry: both rejected, nothing published.
        Assert.Equal(2L, await ScalarAsync(database, "SELECT COUNT(*) FROM etl_load_run WHERE outcome = 'rejected'"));
        Assert.Equal(0L, await ScalarAsync(database, "SELECT COUNT(*) FROM fact_headcount_density"));
        Assert.Contains("20x", await TextAsync(database, "SELECT value FROM etl_rejected_row ORDER BY load_file_id, ordinal LIMIT 1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultSchedule_IsMonday0600InParis()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var client = server.Client();
        var report = await (await client.GetAsync(new Uri("/health", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();
        var refresh = report.GetProperty("refresh");

        Assert.Equal("0 6 * * 1", refresh.GetProperty("cron").GetString());
        Assert.Equal("Europe/Paris", refresh.GetProperty("timeZone").GetString());
        var next = DateTime.SpecifyKind(refresh.GetProperty("nextExecution").GetDateTime(), DateTimeKind.Utc);
        var paris = TimeZoneInfo.ConvertTimeFromUtc(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.Equal(DayOfWeek.Monday, paris.DayOfWeek);
        Assert.Equal(new TimeSpan(6, 0, 0), paris.TimeOfDay);
        Assert.InRange(next, DateTime.UtcNow, DateTime.UtcNow.AddDays(7));
    }

    private static Dictionary<string, string?> Environment(TempWorkingDirectory directory, string database)
    {
        var environment = ServerAccounts.Environment();
        environment["ConnectionStrings__Warehouse"] = $"Data Source={database}";
        environment["Warehouse__Refresh__Folder"] = directory.PathOf("sample");
        return environment;
    }

    private static async Task<(string, string)?> LastRunAsync(string database)
    {
        if (!File.Exists(database))
        {
            return null;
        }
        var rows = await Db.RowsAsync(WarehouseTarget.SqliteReadOnly(database), "SELECT trigger_kind, outcome FROM etl_load_run ORDER BY load_run_id DESC LIMIT 1");
        return rows.Count == 0 ? null : (Db.Text(rows[0][0])!, Db.Text(rows[0][1])!);
    }

    private static async Task<long> ScalarAsync(string database, string sql) =>
        File.Exists(database) ? await Db.CountAsync(WarehouseTarget.SqliteReadOnly(database), sql) : 0;

    private static async Task<string> TextAsync(string database, string sql) =>
        Db.Text(await Db.ScalarAsync(WarehouseTarget.SqliteReadOnly(database), sql))!;
}
