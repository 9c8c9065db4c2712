using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Core;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Server;

/// <summary>On a PostgreSQL warehouse, Hangfire keeps its jobs in the "hangfire" schema of the same database: they survive a restart.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class PostgresRefreshJobTests(PostgresServer postgres)
{
    [SkippableFact]
    public async Task TriggerNow_LoadsIntoPostgreSql_AndTheJobIsStillThereAfterARestart()
    {
        postgres.SkipIfUnavailable();
        var connection = postgres.ConnectionStringFor(await postgres.CreateDatabaseAsync("server_refresh"));
        using var directory = new TempWorkingDirectory();
        await SampleLoad.GenerateAsync(directory.PathOf("sample"));
        var environment = ServerAccounts.Environment();
        environment["Warehouse__Engine"] = "postgresql";
        environment["ConnectionStrings__Warehouse"] = connection;
        environment["Warehouse__Refresh__Folder"] = directory.PathOf("sample");

        string jobId;
        await using (var server = await ServerProcess.StartAsync(directory.Root, environment))
        {
            using var client = server.Client();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/loads");
            request.Headers.Authorization = ServerAccounts.AsOperator;
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
            await server.WaitForAsync(async () => await ScalarAsync(connection, "SELECT COUNT(*) FROM etl_load_run WHERE trigger_kind = 'manual' AND outcome = 'succeeded'") == 1,
                TimeSpan.FromSeconds(90), "the manual load run to succeed on PostgreSQL");
            Assert.Equal(await ScalarAsync(connection, "SELECT rows_loaded FROM etl_load_file WHERE dataset_id = 'demographie-effectifs-et-les-densites'"),
                await ScalarAsync(connection, "SELECT COUNT(*) FROM fact_headcount_density"));
        }

        Assert.True(await ScalarAsync(connection, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'") == 1);
        await using (var restarted = await ServerProcess.StartAsync(directory.Root, environment))
        {
            using var client = restarted.Client();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/hangfire/jobs/details/{jobId}");
            request.Headers.Authorization = ServerAccounts.AsOperator;
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Succeeded", html, StringComparison.Ordinal);
            Assert.Contains("RefreshWarehouseJob", html, StringComparison.Ordinal);
        }
    }

    private static Task<long> ScalarAsync(string connectionString, string sql) =>
        Db.CountAsync(new WarehouseTarget(EngineKind.PostgreSql, connectionString), sql);
}
