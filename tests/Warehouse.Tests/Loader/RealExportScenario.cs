using System.Text;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// The real prescriptions export on one engine: the widened file loads and gives back the published figures, teaches the
/// post codes with their first lines, and a later file that contradicts a pair is rejected and changes nothing.
/// </summary>
internal static class RealExportScenario
{
    private const string France2024 =
        "SELECT prescription_post_code, amount_total, amount_total_status FROM rpt_prescriptions "
        + "WHERE year = 2024 AND profession = 'Ensemble des médecins' AND region_code = '99' AND departement_code = '999'";

    public static async Task WidenedExport_LoadsAndReadsBackThePublishedFiguresAsync(WarehouseTarget warehouse, string folder)
    {
        var path = Path.Combine(folder, "prescriptions.csv");
        await RealPrescriptionsExport.WriteWidenedAsync(path);
        await warehouse.MigrateAsync();

        var run = await warehouse.LoadAsync(path);

        Assert.True(run.Outcome == LoadOutcome.Succeeded, run.Files[0].Message);
        Assert.Equal(17_280, Db.Number(await Db.ScalarAsync(warehouse, "SELECT COUNT(*) FROM rpt_prescriptions")));
        var france = (await Db.RowsAsync(warehouse, France2024)).ToDictionary(r => Db.Text(r[0])!, r => (Amount: Db.Number(r[1]), Status: Db.Text(r[2])));
        Assert.Equal((60_453_601_998L, (string?)null), france["total"]);
        Assert.Equal(19_519_638_361L, france["1"].Amount);
        Assert.Equal(13_927_134_032L, france["7"].Amount);
        Assert.Equal(5_160_587_659L, france["5"].Amount);
        Assert.Equal("total postes de prescriptions", Db.Text(await Db.ScalarAsync(warehouse,
            "SELECT label FROM dim_prescription_post WHERE is_aggregate = @yes", ("yes", warehouse.Engine == Core.EngineKind.PostgreSql ? true : 1))));

        // A published 0 is a true zero (Guyane, Allergologues, every post); an empty twin is a secret value, never 0.
        var guyane = await Db.RowsAsync(warehouse,
            "SELECT amount_total, amount_total_status FROM rpt_prescriptions WHERE year = 2024 AND profession = 'Allergologues' AND departement_code = '973'");
        Assert.Equal(9, guyane.Count);
        Assert.All(guyane, r => Assert.Equal((0L, (string?)null), (Db.Number(r[0]), Db.Text(r[1]))));
        var martinique = Assert.Single(await Db.RowsAsync(warehouse,
            "SELECT amount_total, amount_total_status FROM rpt_prescriptions WHERE year = 2024 AND profession = 'Allergologues' AND departement_code = '972' AND prescription_post_code = '5'"));
        Assert.Equal(((long?)null, "NS"), (Db.Number(martinique[0]), Db.Text(martinique[1])));

        var learned = await Db.RowsAsync(warehouse,
            "SELECT source_code, line_number, published_label FROM etl_learned_code WHERE dimension = 'prescription_post' ORDER BY line_number");
        Assert.Equal(FirstLines(), learned.Select(r => (Db.Text(r[0])!, Db.Number(r[1])!.Value)).ToList());
        Assert.Contains(learned, r => Db.Text(r[0]) == "total" && Db.Text(r[2]) == "total postes de prescriptions");
        Assert.Equal(1L, await Db.CountAsync(warehouse, "SELECT COUNT(DISTINCT load_file_id) FROM etl_learned_code"));
    }

    public static async Task ContradictingFile_IsRejectedAndChangesNothingAsync(WarehouseTarget warehouse, string folder)
    {
        var first = Path.Combine(folder, "prescriptions.csv");
        await RealPrescriptionsExport.WriteWidenedAsync(first);
        await warehouse.MigrateAsync();
        Assert.Equal(LoadOutcome.Succeeded, (await warehouse.LoadAsync(first)).Outcome);
        var before = await WarehouseSnapshot.TakeAsync(warehouse);
        var learnedBefore = await LearnedAsync(warehouse);
        var later = Path.Combine(folder, "later", "prescriptions.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(later)!);
        var biology = learnedBefore.Single(l => l.Label == "biologie");
        var devices = learnedBefore.Single(l => l.Code == "2");
        // The later file pairs biologie with the code that first meant the devices (and the devices with biologie's code).
        await RealPrescriptionsExport.WriteWidenedAsync(later, (code, label) =>
            code == biology.Code ? devices.Label : code == devices.Code ? biology.Label : label);

        var run = await warehouse.LoadAsync(later);

        Assert.Equal(LoadOutcome.Rejected, run.Outcome);
        var message = run.Files[0].Message!;
        Assert.Contains($"label \"biologie\" is paired with code \"2\" here, but with \"{biology.Code}\" since {first} line {biology.Line}", message, StringComparison.Ordinal);
        Assert.Contains($"column poste_prescription: \"2\"", message, StringComparison.Ordinal);
        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(warehouse));
        Assert.Equal(learnedBefore, await LearnedAsync(warehouse));
    }

    /// <summary>Each post code with the first line of the export that shows it (the header is line 1).</summary>
    private static List<(string Code, long Line)> FirstLines()
    {
        var lines = File.ReadAllText(RealPrescriptionsExport.VerbatimPath, Encoding.UTF8).Split("\r\n");
        var post = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(';'), "poste_prescription");
        return lines.Skip(1).Select((line, i) => (Fields: line.Split(';'), Line: i + 2L)).Where(l => l.Fields.Length > post)
            .GroupBy(l => l.Fields[post]).Select(g => (g.Key, g.Min(l => l.Line))).OrderBy(p => p.Item2).ToList();
    }

    private static async Task<List<(string Code, string Label, long Line)>> LearnedAsync(WarehouseTarget warehouse) =>
        (await Db.RowsAsync(warehouse,
            "SELECT c.source_code, d.label, c.line_number FROM etl_learned_code c JOIN dim_prescription_post d ON d.prescription_post_key = c.member_key "
            + "WHERE c.dimension = 'prescription_post' ORDER BY c.line_number"))
        .Select(r => (Db.Text(r[0])!, Db.Text(r[1])!, Db.Number(r[2])!.Value)).ToList();

}
