using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Loader.Sources.Api;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Loading;

/// <summary>A load run: takes the warehouse's load lock, audits the run, and loads each file in turn.</summary>
public sealed class LoadService(IWarehouseEngine engine, LoadOptions options, ILoadReporter reporter)
{
    /// <summary>Loads a CSV file, or every dataset CSV of a folder (files that are no dataset are listed and skipped).</summary>
    public Task<LoadRunResult> LoadPathAsync(string path, LoadTrigger trigger, CancellationToken cancellationToken = default)
    {
        var files = LocalFiles.Resolve(path, Requested(), reporter);
        return RunAsync(trigger, async (loader, runId, results) =>
        {
            foreach (var file in files)
            {
                var result = await loader.LoadAsync(runId, file, cancellationToken);
                results.Add(result);
                reporter.FileFinished(result);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Loads from the Explore API: for each dataset, reads the catalog metadata and downloads the export only when the
    /// release changed (or with Force). Downloads go to a <see cref="DownloadFolder"/>, removed on every way out.
    /// </summary>
    public Task<LoadRunResult> LoadApiAsync(ExploreApiClient client, LoadTrigger trigger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var datasets = Requested() is { Count: > 0 } requested ? requested : [.. DatasetCatalog.All];
        return RunAsync(trigger, async (loader, runId, results) =>
        {
            using var downloads = DownloadFolder.Create();
            foreach (var dataset in datasets)
            {
                var result = await loader.LoadFromApiAsync(runId, client, dataset, downloads.Path, cancellationToken);
                results.Add(result);
                reporter.FileFinished(result);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="body"/> under the load lock with an audited run. Runs left "running" by a killed process are
    /// marked interrupted first.
    /// </summary>
    public async Task<LoadRunResult> RunAsync(LoadTrigger trigger, Func<DatasetFileLoader, long, List<FileLoadResult>, Task> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        await using var loadLock = await LoadLock.AcquireAsync(engine, options.LockTimeout, cancellationToken);
        await using var connection = await engine.OpenAsync(cancellationToken);
        var journal = new LoadJournal(connection, SqlDialect.For(engine.Kind));
        await journal.PrepareSessionAsync();
        var interrupted = await journal.MarkInterruptedAsync();
        if (interrupted > 0)
        {
            reporter.Note($"Marked {interrupted} earlier run(s) as interrupted (their process stopped before finishing; their data was never published).");
        }
        var runId = await journal.StartRunAsync(trigger);
        var results = new List<FileLoadResult>();
        try
        {
            var resolver = new DimensionResolver(await ReferenceDimensions.LoadAsync(connection, cancellationToken), await LearnedCodes.LoadAsync(connection, cancellationToken));
            await body(new DatasetFileLoader(journal, resolver, reporter, options.Force), runId, results);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            try
            {
                await journal.FinishRunAsync(runId, LoadOutcome.Failed, e.Message);
            }
            catch (Exception audit) when (audit is System.Data.Common.DbException or InvalidOperationException)
            {
                // The warehouse went away: say so, with the first error, not the audit's "connection is not open".
                // The next run marks this one interrupted.
                throw new WarehouseException(
                    $"Load run {runId} failed and could not be recorded: the {engine.Name} warehouse stopped answering ({e.Message}).", isUserError: false, e);
            }
            throw;
        }
        var run = new LoadRunResult(runId, results);
        await journal.FinishRunAsync(runId, run.Outcome, Summary(run));
        return run;
    }

    private List<DatasetDefinition> Requested()
    {
        var requested = new List<DatasetDefinition>();
        foreach (var name in options.Datasets)
        {
            requested.Add(DatasetCatalog.Find(name) ?? throw new WarehouseException(
                $"Unknown dataset \"{name}\": use one of {string.Join(", ", DatasetCatalog.All.Select(d => d.ShortName))} (or their data.ameli ids).", isUserError: true));
        }
        return requested;
    }

    private static string Summary(LoadRunResult run) =>
        string.Join("; ", run.Files.GroupBy(f => f.Outcome).Select(g => $"{g.Count()} {g.Key}"));
}
