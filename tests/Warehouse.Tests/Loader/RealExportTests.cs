using Warehouse.Core;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>The verbatim data.ameli export (Fixtures/Real) on real SQLite files and a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "process")]
public sealed class RealExportTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-real-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WidenedExport_LoadsAndReadsBackThePublishedFigures_OnSqlite() =>
        await RealExportScenario.WidenedExport_LoadsAndReadsBackThePublishedFiguresAsync(Sqlite(), _folder);

    [SkippableFact]
    public async Task WidenedExport_LoadsAndReadsBackThePublishedFigures_OnPostgreSql()
    {
        server.SkipIfUnavailable();
        await RealExportScenario.WidenedExport_LoadsAndReadsBackThePublishedFiguresAsync(await PostgresAsync(), _folder);
    }

    [Fact]
    public async Task ContradictingFile_IsRejectedAndChangesNothing_OnSqlite() =>
        await RealExportScenario.ContradictingFile_IsRejectedAndChangesNothingAsync(Sqlite(), _folder);

    [SkippableFact]
    public async Task ContradictingFile_IsRejectedAndChangesNothing_OnPostgreSql()
    {
        server.SkipIfUnavailable();
        await RealExportScenario.ContradictingFile_IsRejectedAndChangesNothingAsync(await PostgresAsync(), _folder);
    }

    /// <summary>What a user sees: `warehouse load --from` a folder holding only the verbatim export.</summary>
    [Fact]
    public async Task LoadCli_RefusesTheVerbatimSubsetExport_AsAColumnSubset_AndAuditsIt()
    {
        var drop = Directory.CreateDirectory(Path.Combine(_folder, "drop")).FullName;
        File.Copy(RealPrescriptionsExport.VerbatimPath, Path.Combine(drop, RealPrescriptionsExport.FileName));
        var warehouse = Sqlite();
        await warehouse.MigrateAsync();

        var result = await WarehouseCli.RunAsync(_folder, ["load", "--from", drop, .. warehouse.CliTarget()]);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains("it looks like a column subset exported with select=, not a whole export (missing column(s): libelle_region, "
            + "libelle_poste_prescription, montant_total_prescription, montant_moyen_prescription", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("the header has 7 of the 15 columns of dataset prescriptions", result.StandardError, StringComparison.Ordinal);
        var audit = Assert.Single(await Db.RowsAsync(warehouse, "SELECT dataset_id, outcome, error FROM etl_load_file"));
        Assert.Equal(("prescriptions", "rejected"), (Db.Text(audit[0]), Db.Text(audit[1])));
        Assert.Contains("column subset", Db.Text(audit[2]), StringComparison.Ordinal);
        Assert.Equal(1L, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM etl_rejected_row WHERE reason LIKE '%select=%'"));
        Assert.Equal(0L, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_prescriptions"));
    }

    /// <summary>The first published file sets a code even where the seeded, provisional code said otherwise.</summary>
    [Fact]
    public async Task FirstPublishedFile_SetsTheCodes_WhereTheProvisionalSeedDiffers()
    {
        var path = Path.Combine(_folder, "prescriptions.csv");
        await RealPrescriptionsExport.WriteWidenedAsync(path, (code, label) => code switch
        {
            "2" => "biologie",
            "3" => "dispositifs médicaux inscrits à la liste des produits et prestations (LPP)",
            _ => label,
        });
        var warehouse = Sqlite();
        await warehouse.MigrateAsync();

        var run = await warehouse.LoadAsync(path);

        Assert.True(run.Outcome == Warehouse.Loader.Runs.LoadOutcome.Succeeded, run.Files[0].Message);
        var codes = (await Db.RowsAsync(warehouse, "SELECT label, source_code FROM dim_prescription_post")).ToDictionary(r => Db.Text(r[0])!, r => Db.Text(r[1]));
        Assert.Equal("2", codes["biologie"]);
        Assert.Equal("3", codes["dispositifs médicaux inscrits à la liste des produits et prestations (LPP)"]);
        Assert.Equal(9L, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM etl_learned_code"));
        Assert.Equal(1_920L, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM rpt_prescriptions WHERE prescription_post = 'biologie' AND prescription_post_code = '2'"));
    }

    /// <summary>Our synthetic sample is not the publication: loading it teaches no code and keeps the provisional ones.</summary>
    [Fact]
    public async Task SyntheticSample_TeachesNoCode()
    {
        var sample = Path.Combine(_folder, "sample");
        await SampleLoad.GenerateAsync(sample);
        var warehouse = Sqlite();
        await warehouse.MigrateAsync();

        var run = await warehouse.LoadAsync(sample);

        Assert.Equal(Warehouse.Loader.Runs.LoadOutcome.Succeeded, run.Outcome);
        Assert.Equal(0L, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM etl_learned_code"));
        Assert.Equal(7L, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM etl_load_file WHERE is_synthetic = 1"));
        Assert.Equal("total", Db.Text(await Db.ScalarAsync(warehouse, "SELECT source_code FROM dim_prescription_post WHERE label = 'total postes de prescriptions'")));
    }

    private WarehouseTarget Sqlite() => WarehouseTarget.Sqlite(Path.Combine(_folder, $"warehouse-{Guid.NewGuid():N}.db"));

    private async Task<WarehouseTarget> PostgresAsync() => new(EngineKind.PostgreSql, await server.CreateDatabaseAsync("real"));
}
