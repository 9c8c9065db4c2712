using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>
/// Loads mutants in-process, one production load run holding them all (as a folder load does), on a real SQLite warehouse.
/// After each rejection the warehouse must be unchanged (snapshot with checksums); after each load, hold what was read.
/// A crash, a hang (per-case timeout), a "failed" outcome or an imprecise message is a defect: the mutant is kept on disk.
/// </summary>
internal sealed class MutationRunner(MutationSeeds seeds, string folder)
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Outside the seeds' folder, which is removed at the end: defective mutants are the next regression fixtures.</summary>
    public string DefectFolder { get; } = Path.Combine(Path.GetTempPath(), "warehouse-mutation-defects");

    public async Task<IReadOnlyList<MutationOutcome>> RunAsync(int seed, int cases)
    {
        var mutator = new CsvMutator(seed);
        var picker = new Random(seed);
        var outcomes = new List<MutationOutcome>();
        var snapshot = await WarehouseSnapshot.TakeAsync(seeds.Warehouse);
        var service = new LoadService(seeds.Warehouse.CreateEngine(), new LoadOptions { Force = true }, new RecordingLoadReporter());
        await service.RunAsync(LoadTrigger.Manual, async (loader, runId, _) =>
        {
            for (var i = 0; i < cases; i++)
            {
                var (seedName, valid) = seeds.Files[picker.Next(seeds.Files.Count)];
                var (mutation, bytes) = mutator.Mutate(valid);
                var path = Path.Combine(folder, $"mutant-{seed}-{i:D4}.csv");
                await File.WriteAllBytesAsync(path, bytes);
                MutationOutcome Outcome(string kind, string? defect) => new(i, seedName, mutation, kind, defect);
                FileLoadResult result;
                try
                {
                    result = await loader.LoadAsync(runId, new LoadSourceFile(path, "file", path), CancellationToken.None).WaitAsync(CaseTimeout);
                }
                catch (Exception e)
                {
                    outcomes.Add(Keep(Outcome(MutationOutcome.Defective, $"{e.GetType().Name}: {e.Message}"), path));
                    if (e is TimeoutException)
                    {
                        return; // the hung load still holds the run's connection
                    }
                    snapshot = await WarehouseSnapshot.TakeAsync(seeds.Warehouse);
                    continue;
                }
                var after = await WarehouseSnapshot.TakeAsync(seeds.Warehouse);
                var outcome = result.Outcome switch
                {
                    LoadOutcome.Rejected when after != snapshot => Outcome(MutationOutcome.Defective, "rejected, but the warehouse changed"),
                    LoadOutcome.Rejected when RejectionMessage.Check(result.Message ?? "", path) is { } imprecise => Outcome(MutationOutcome.Defective, $"imprecise rejection ({imprecise}):\n{result.Message}"),
                    LoadOutcome.Rejected => Outcome(MutationOutcome.Rejected, null),
                    LoadOutcome.Loaded when mutation == "invalid UTF-8" => Outcome(MutationOutcome.Defective, "loaded a file that is not valid UTF-8"),
                    LoadOutcome.Loaded when result.RowsLoaded != result.RowsRead || result.RowsLoaded == 0 =>
                        Outcome(MutationOutcome.Defective, $"loaded {result.RowsLoaded} of {result.RowsRead} rows read"),
                    LoadOutcome.Loaded => Outcome(MutationOutcome.Loaded, null),
                    _ => Outcome(MutationOutcome.Defective, $"{result.Outcome}: {result.Message}"),
                };
                outcomes.Add(outcome.Kind == MutationOutcome.Defective ? Keep(outcome, path) : outcome);
                File.Delete(path);
                snapshot = after;
            }
        });
        return outcomes;
    }

    private MutationOutcome Keep(MutationOutcome outcome, string path)
    {
        Directory.CreateDirectory(DefectFolder);
        File.Copy(path, Path.Combine(DefectFolder, Path.GetFileName(path)), overwrite: true);
        return outcome;
    }
}
