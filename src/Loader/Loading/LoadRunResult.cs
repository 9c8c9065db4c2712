using Warehouse.Loader.Runs;

namespace Warehouse.Loader.Loading;

/// <summary>The outcome of a run: its files and the exit code the command line returns (0 ok, 2 bad input, 1 failure).</summary>
public sealed record LoadRunResult(long RunId, IReadOnlyList<FileLoadResult> Files)
{
    public string Outcome =>
        Files.Any(f => f.Outcome == LoadOutcome.Failed) ? LoadOutcome.Failed
        : Files.Any(f => f.Outcome == LoadOutcome.Rejected) ? LoadOutcome.Rejected
        : Files.Count > 0 && Files.All(f => f.Outcome is LoadOutcome.UpToDate or "skipped") ? LoadOutcome.UpToDate
        : LoadOutcome.Succeeded;

    public int ExitCode => Outcome switch
    {
        LoadOutcome.Failed => 1,
        LoadOutcome.Rejected => 2,
        _ => 0,
    };
}
