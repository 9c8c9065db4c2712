using Warehouse.Core;
using Warehouse.Core.Dictionary;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Schema;

namespace Warehouse.Tests.SqlTools;

/// <summary>The data dictionary describes every table and view column of a migrated SQLite warehouse, in order, and nothing else.</summary>
[Trait("Category", "database")]
public sealed class SqliteDictionaryTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Dictionary_MatchesTheTablesAndViews_OfAMigratedDatabase()
    {
        await using var connection = await MigratedDatabase.OpenAsync(EngineKind.Sqlite, _file.ConnectionString);

        var columns = await DatabaseColumns.ReadSqliteAsync(connection);

        Assert.NotEmpty(columns);
        var difference = DatabaseColumns.Compare(DataDictionary.Load(), columns, "SQLite");
        Assert.True(difference.Length == 0, difference);
    }
}
