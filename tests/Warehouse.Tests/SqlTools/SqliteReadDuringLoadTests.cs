using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.SqlTools;

/// <summary>WAL mode: a read-only SQLite reader keeps answering, never busy, while `warehouse load` rewrites the data in another process.</summary>
[Trait("Category", "process")]
public sealed class SqliteReadDuringLoadTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    private static readonly TimeSpan MaxAnswerTime = TimeSpan.FromSeconds(2);

    private const string Query = """
        SELECT (SELECT COUNT(*) FROM rpt_fees),
               (SELECT outcome FROM etl_load_run ORDER BY load_run_id DESC LIMIT 1)
        """;

    [Fact]
    public async Task ReadOnlyReader_AnswersEveryQueryPromptly_WhileALoadRunsInAnotherProcess()
    {
        var load = WarehouseCli.RunAsync(
            Path.GetDirectoryName(warehouse.DatabasePath)!, new Dictionary<string, string?>(), TimeSpan.FromMinutes(3),
            ["load", "--from", warehouse.SampleFolder, "--force", "--connection", $"Data Source={warehouse.DatabasePath}"]);
        // Pooling off: every query opens the file anew, as a tool connecting during the load would. Default Timeout=1: a busy
        // database would surface as an error after one second instead of a silent wait.
        var readOnly = $"Data Source={warehouse.DatabasePath};Mode=ReadOnly;Pooling=False;Default Timeout=1";

        var answers = new List<(long Rows, string Outcome, TimeSpan Took)>();
        while (!load.IsCompleted)
        {
            var clock = Stopwatch.StartNew();
            await using var connection = new SqliteConnection(readOnly);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = Query;
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            answers.Add((reader.GetInt64(0), reader.GetString(1), clock.Elapsed));
        }
        var result = await load;

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Contains(answers, answer => answer.Outcome == "running");
        Assert.All(answers, answer =>
        {
            Assert.True(answer.Rows > 0, "the reader saw an empty rpt_fees");
            Assert.True(answer.Took < MaxAnswerTime, $"a query took {answer.Took.TotalMilliseconds:0} ms during the load");
        });
    }
}
