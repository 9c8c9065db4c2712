using System.Text.RegularExpressions;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Briefings.Documents;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Reports.Rendering;

namespace Warehouse.Tests.Reports.Briefings;

/// <summary>The same sample on SQLite and PostgreSQL gives briefings with the same text.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "database")]
public sealed partial class BriefingEngineParityTests(PostgresServer server)
{
    [SkippableFact]
    public async Task Briefings_HaveTheSameText_OnSqliteAndPostgreSql()
    {
        server.SkipIfUnavailable();
        await using var sqlite = new SampleWarehouse();
        await sqlite.InitializeAsync();
        var postgres = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.PostgreSql, await server.CreateDatabaseAsync("briefing_parity")), sqlite.SampleFolder);

        foreach (var code in new[] { "2A", "R84", "FR" })
        {
            Assert.Equal(await TerritoryTextAsync(sqlite.Engine, code), await TerritoryTextAsync(postgres, code));
        }
        Assert.Equal(await ProfessionTextAsync(sqlite.Engine), await ProfessionTextAsync(postgres));
    }

    private static async Task<string> TerritoryTextAsync(IWarehouseEngine engine, string code) =>
        Comparable(TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(engine, code, 2024)).RenderToBytes());

    private static async Task<string> ProfessionTextAsync(IWarehouseEngine engine) =>
        Comparable(ProfessionBriefingDocument.Compose(await ProfessionBriefingBuilder.BuildAsync(engine, "Ensemble des médecins généralistes", 2024)).RenderToBytes());

    /// <summary>The text of every page, without the generation time (the only thing that may differ between two renderings).</summary>
    private static string Comparable(byte[] pdf) => GeneratedAt().Replace(string.Join("\n", PdfText.Read(pdf).Pages), "généré le …");

    [GeneratedRegex(@"généré le [^.]*")]
    private static partial Regex GeneratedAt();

}
