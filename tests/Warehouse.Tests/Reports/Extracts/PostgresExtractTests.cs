using Warehouse.Core;
using Warehouse.Reports.Extracts;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>The same extract from PostgreSQL and from SQLite, both loaded from the same sample, is the same file.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed class PostgresExtractTests(PostgresServer server, ExtractWarehouseFixture sqlite) : IClassFixture<ExtractWarehouseFixture>
{
    [SkippableFact]
    public async Task Extract_FromPostgres_HasTheSameRowsAsFromSqlite()
    {
        server.SkipIfUnavailable();
        var connectionString = await server.CreateDatabaseAsync("extract");
        var postgres = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.PostgreSql, connectionString), sqlite.SampleFolder);
        ExtractRequest[] requests =
        [
            Requests.FeesAra(ExtractFormat.Csv),
            new("effectifs", false, [2024], ["FR", "2A"], false, ["Médecins généralistes"], true, false, ExtractFormat.Csv),
            new("prescriptions", false, [], ["94"], true, [], false, true, ExtractFormat.Csv),
        ];

        foreach (var request in requests)
        {
            using var fromPostgres = new MemoryStream();
            var result = await new ExtractService(postgres).WriteAsync(request, fromPostgres);
            var (expected, bytes) = await sqlite.ExtractAsync(request);

            Assert.True(result.RowCount > 0, $"{request.Dataset}: no rows.");
            Assert.Equal(expected.RowCount, result.RowCount);
            Assert.True(bytes.AsSpan().SequenceEqual(fromPostgres.ToArray()), $"{request.Dataset}: the CSV from PostgreSQL differs from SQLite's.");
        }
    }
}
