using System.Diagnostics;
using Warehouse.Loader.Datasets;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Security;

/// <summary>
/// A drop folder that someone filled with traps: a dataset-named link to a secret outside the folder, a FIFO, a link to
/// /dev/zero, a dataset-named file holding a secret. `warehouse load --from FOLDER` loads the real dataset beside them, in
/// bounded time, opens none of the traps and repeats no secret in its output or the warehouse.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Trait("Category", "process")]
public sealed class DropFolderTests
{
    private const string Secret = "SECRET-first-line-4711";
    private const string SecondSecret = "SECRET-in-place-0815";

    [Fact]
    public async Task TheFolderLoad_SkipsLinksOutward_FifosAndDevices_AndQuotesNoSecret()
    {
        using var directory = new TempWorkingDirectory();
        var sample = directory.PathOf("sample");
        await SampleLoad.GenerateAsync(sample);
        var drop = Directory.CreateDirectory(directory.PathOf("drop")).FullName;
        File.Copy(Path.Combine(sample, DatasetCatalog.Patients.Id + ".csv"), Path.Combine(drop, DatasetCatalog.Patients.Id + ".csv"));
        var secret = directory.PathOf("secret.txt");
        await File.WriteAllTextAsync(secret, $"{Secret};annee\nmore;secret\n");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.CreateSymbolicLink(Path.Combine(drop, DatasetCatalog.Fees.ShortName + ".csv"), secret);
        File.CreateSymbolicLink(Path.Combine(drop, "zeros.csv"), "/dev/zero");
        MakeFifo(Path.Combine(drop, DatasetCatalog.Prescriptions.ShortName + ".csv"));
        await File.WriteAllTextAsync(Path.Combine(drop, DatasetCatalog.HeadcountDensity.ShortName + ".csv"), $"{SecondSecret};x\n1;2\n");
        var clock = Stopwatch.StartNew();

        var result = await WarehouseCli.RunAsync(directory.Root, new Dictionary<string, string?>(), TimeSpan.FromSeconds(90), "load", "--from", drop);

        Assert.True(result.ExitCode == 0, result.Description);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 60);
        var output = result.StandardOutput + result.StandardError;
        Assert.Contains($"{DatasetCatalog.Fees.ShortName}.csv: a link to a file outside the folder, not followed", output, StringComparison.Ordinal);
        Assert.Contains("zeros.csv: a link to a file outside the folder, not followed", output, StringComparison.Ordinal);
        Assert.Contains($"{DatasetCatalog.Prescriptions.ShortName}.csv: not a regular file", output, StringComparison.Ordinal);
        Assert.Contains($"{DatasetCatalog.HeadcountDensity.ShortName}.csv: the header is not one of the 7 datasets", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", output, StringComparison.Ordinal);
        var warehouse = WarehouseTarget.Sqlite(directory.DefaultDatabase);
        Assert.Equal(["patientele"], (await Db.RowsAsync(warehouse, "SELECT dataset_id FROM etl_load_file")).Select(r => Db.Text(r[0])));
        Assert.Equal(0, await Db.CountAsync(warehouse, "SELECT COUNT(*) FROM etl_rejected_row"));
    }

    [Fact]
    public async Task AFifoGivenAsTheFile_IsRefusedInOneSentence_WithoutWaitingForAWriter()
    {
        using var directory = new TempWorkingDirectory();
        var fifo = directory.PathOf("honoraires.csv");
        MakeFifo(fifo);

        var result = await WarehouseCli.RunAsync(directory.Root, new Dictionary<string, string?>(), TimeSpan.FromSeconds(60), "load", "--from", fifo);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{fifo} is not a regular file (a FIFO, a device or a socket): the loader reads files only.", result.StandardError, StringComparison.Ordinal);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
