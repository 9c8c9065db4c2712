using System.Globalization;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// `warehouse load` on bad input, as a process: exit code 2, every rejection named on stderr (file, line, column, value),
/// the live facts untouched, and the rejection audited whenever the dataset is known.
/// </summary>
[Trait("Category", "process")]
public sealed class BadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    public static TheoryData<string> Cases => new(BadInputCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Load_RejectsTheFileAndKeepsTheFacts_WhenTheFileBreaksARule(string name)
    {
        var rule = BadInputCases.All.Single(c => c.Name == name);
        var source = rule.SourceRows is { } rows ? SampleCsv.Read(fixture.Sample.PathOf(rule.Source), rows) : fixture.Sample.Csv(rule.Source);
        var bad = rule.Build(source);
        var fileName = rule.Source.Id + ".csv";
        var path = Path.Combine(fixture.Sample.NewFolder("bad"), fileName);
        await File.WriteAllBytesAsync(path, bad.Bytes);
        var before = await WarehouseSnapshot.TakeAsync(fixture.Warehouse);

        var result = await fixture.LoadAsync(["--from", path, .. rule.DatasetOption is { } dataset ? ["--dataset", dataset] : Array.Empty<string>()]);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains($"Rejected {path}: ", result.StandardError, StringComparison.Ordinal);
        var rejects = result.StandardError.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("REJECT ", StringComparison.Ordinal)).ToList();
        foreach (var problem in bad.Problems)
        {
            var prefix = problem.MessagePrefix(fileName);
            Assert.True(rejects.Any(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.Contains(problem.Reason, StringComparison.Ordinal)),
                $"stderr should have a line starting «{prefix}» saying «{problem.Reason}»:\n{result.Description}");
        }
        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(fixture.Warehouse));
        await AssertAuditedAsync(rule, path, bad);
    }

    [Fact]
    public async Task LoadFolder_ListsAndSkipsAnUnknownCsv_AndLoadsTheDatasets()
    {
        var folder = fixture.Sample.NewFolder("skip");
        var notes = Path.Combine(folder, "notes.csv");
        await File.WriteAllTextAsync(notes, "titre;auteur\nRapport;Cnam\n");
        File.Copy(fixture.Sample.PathOf(DatasetCatalog.Patients), Path.Combine(folder, "patientele.csv"));
        var warehouse = fixture.Sample.NewSqliteWarehouse("skip");

        var result = await fixture.LoadAsync(["--from", folder], warehouse);

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.Contains($"Skipped {notes}: the header is not one of the 7 datasets", result.StandardOutput, StringComparison.Ordinal);
        var rows = fixture.Sample.DataRows(DatasetCatalog.Patients);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"patientele: loaded ({rows:N0} rows"), result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(rows, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_patients"));
        Assert.Equal(["patientele"], (await Db.RowsAsync(warehouse, "SELECT dataset_id FROM etl_load_file")).Select(r => Db.Text(r[0])));
    }

    [Fact]
    public async Task LoadFolder_LoadsTheGoodFiles_WhenAnotherFileIsRejected()
    {
        var folder = fixture.Sample.NewFolder("mixed");
        File.Copy(fixture.Sample.PathOf(DatasetCatalog.Patients), Path.Combine(folder, "patientele.csv"));
        var bad = Path.Combine(folder, "honoraires.csv");
        await File.WriteAllBytesAsync(bad, fixture.Sample.Csv(DatasetCatalog.Fees).With(5, "hono_sans_depassement_totaux", "12a").ToBytes());
        var warehouse = fixture.Sample.NewSqliteWarehouse("mixed");

        var result = await fixture.LoadAsync(["--from", folder], warehouse);

        Assert.True(result.ExitCode == 2, result.Description);
        Assert.Contains("REJECT honoraires.csv line 7 column hono_sans_depassement_totaux: \"12a\" — ", result.StandardError, StringComparison.Ordinal);
        var rows = fixture.Sample.DataRows(DatasetCatalog.Patients);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"patientele: loaded ({rows:N0} rows"), result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(rows, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_patients"));
        Assert.Equal(0, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM fact_fees"));
        var files = await Db.RowsAsync(warehouse, "SELECT dataset_id, outcome FROM etl_load_file ORDER BY load_file_id");
        Assert.Equal([("honoraires", LoadOutcome.Rejected), ("patientele", LoadOutcome.Loaded)], files.Select(f => (Db.Text(f[0]), Db.Text(f[1]))));
        Assert.Equal(LoadOutcome.Rejected, Db.Text(await Db.ScalarAsync(warehouse, "SELECT outcome FROM etl_load_run")));
        Assert.Equal(["patientele"], (await Db.RowsAsync(warehouse, "SELECT dataset_id FROM etl_dataset_release")).Select(r => Db.Text(r[0])));
    }

    private async Task AssertAuditedAsync(BadInputCase rule, string path, BadFile bad)
    {
        var files = await Db.RowsAsync(fixture.Warehouse,
            "SELECT load_file_id, dataset_id, outcome, rows_loaded, rows_rejected FROM etl_load_file WHERE source = @source", ("source", path));
        if (!rule.Audited)
        {
            Assert.Empty(files);
            return;
        }
        var file = Assert.Single(files);
        Assert.Equal((rule.Source.Id, LoadOutcome.Rejected, 0L), (Db.Text(file[1]), Db.Text(file[2]), Db.Number(file[3])));
        var rejected = await Db.RowsAsync(fixture.Warehouse,
            "SELECT line_number, column_name, value, reason FROM etl_rejected_row WHERE load_file_id = @id ORDER BY ordinal", ("id", Db.Number(file[0])));
        Assert.InRange(Db.Number(file[4]) ?? 0, Math.Max(1, rejected.Count), long.MaxValue);
        foreach (var problem in bad.Problems)
        {
            Assert.True(rejected.Any(r => Db.Number(r[0]) == problem.Line && Db.Text(r[1]) == problem.Column && Db.Text(r[2]) == problem.Value
                    && Db.Text(r[3])!.Contains(problem.Reason, StringComparison.Ordinal)),
                $"etl_rejected_row should hold {problem}; it holds:\n{string.Join('\n', rejected.Select(r => string.Join(" | ", r)))}");
        }
    }
}
