using Microsoft.Data.Sqlite;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Web;

namespace Warehouse.Tests.Explorer;

/// <summary>
/// `warehouse serve --demo` (the small synthetic sample in a real SQLite file, anonymous requests from this machine allowed) and
/// one headless Chromium for the explorer's browser tests; plus direct SQL on the server's warehouse file, through the rpt_* views.
/// </summary>
public sealed class ExplorerServerFixture : IAsyncLifetime
{
    internal ServerProcess Server { get; private set; } = null!;

    internal HeadlessChromium? Browser { get; private set; }

    public async Task InitializeAsync() => Server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>());

    /// <summary>The shared browser, started at first use; the test is skipped when Chromium is missing (fails under CI=true).</summary>
    internal async Task<HeadlessChromium> BrowserAsync()
    {
        var executable = HeadlessChromium.RequireExecutable();
        return Browser ??= await HeadlessChromium.StartAsync(executable);
    }

    public Uri Url(string pathAndQuery) => new(Server.BaseAddress, pathAndQuery);

    /// <summary>Rows of a query on the demo warehouse, read-only, as a SQL user would run it.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Server.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    public async Task<int> LastYearAsync() => (await QueryAsync("SELECT MAX(year) FROM rpt_headcount_density", r => r.GetInt32(0)))[0];

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        await Server.DisposeAsync();
    }
}
