using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Sql;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Publishing;
using Warehouse.Loader.Reading;
using Warehouse.Loader.Runs;
using Warehouse.Loader.Sources.Api;
using Warehouse.Loader.Staging;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Loading;

/// <summary>
/// Loads one file: fingerprint, up-to-date check, stream into staging while validating, set-wise checks in SQL, then
/// replace the dataset's facts in one transaction. A rejected or failed file leaves the facts exactly as they were.
/// </summary>
public sealed class DatasetFileLoader(LoadJournal journal, DimensionResolver resolver, ILoadReporter reporter, bool force)
{
    private const int ProgressEvery = 200_000;
    private readonly IFactPublisher _publisher = journal.Dialect.Engine == Core.EngineKind.PostgreSql
        ? new PostgresTableSwap(journal.Connection)
        : new StagedPublisher(journal.Connection, journal.Dialect);

    private DbConnection Connection => journal.Connection;
    private SqlDialect Dialect => journal.Dialect;

    public async Task<FileLoadResult> LoadAsync(long runId, LoadSourceFile file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = await FileFingerprint.ComputeAsync(file.Path, cancellationToken);
        var problems = new ProblemLog();
        using var reader = DatasetFileReader.Open(file.Path, fingerprint, file.Dataset, problems, out var subsetOf);
        var dataset = reader?.Header.Dataset ?? file.Dataset ?? subsetOf;
        if (dataset is null)
        {
            return new FileLoadResult(null, file.Source, LoadOutcome.Rejected, 0, 0, null, clock.Elapsed, new FileRejectedException(file.Path, problems).Message);
        }
        reporter.FileStarted(file.Source, dataset.Id);
        var current = await journal.CurrentReleaseAsync(dataset.Id);
        var record = Record(file, dataset, fingerprint);
        if (reader is not null && !force && current?.Sha256 == fingerprint.Sha256)
        {
            var upToDateId = await journal.StartFileAsync(runId, record);
            await journal.FinishFileAsync(upToDateId, LoadOutcome.UpToDate, null, null, null, clock.Elapsed, null);
            return Result(LoadOutcome.UpToDate, 0, 0, null);
        }
        var fileId = await journal.StartFileAsync(runId, record);
        KillPoints.Reach(KillPoints.HeaderParsed);
        try
        {
            var target = await _publisher.PrepareAsync(dataset);
            var seen = new FileFindings(new Dictionary<int, DisplayFlags>(), resolver.NewPairing());
            var staged = reader is null ? 0 : await Task.Run(() => Stage(reader, target, fileId, seen, dataset.Id, cancellationToken), cancellationToken);
            KillPoints.Reach(KillPoints.StagingComplete);
            var rowsRead = reader?.RowsRead ?? 0;
            CheckCompleteness(file, fingerprint, rowsRead, problems);
            if (!problems.HasProblems && !await TryPublishAsync(dataset, file, fileId, seen, staged, rowsRead, clock))
            {
                // The primary key refused a repeated grain key: name the lines in SQL, set-wise, from the staging table.
                if (_publisher.StagesRows)
                {
                    await CheckDuplicatesAsync(dataset, fileId, problems);
                }
                else
                {
                    await RestageAsync(file, fingerprint, dataset, fileId, cancellationToken);
                    await CheckDuplicatesAsync(dataset, fileId, problems);
                    await EmptyAsync(dataset.StagingTable);
                }
            }
            await _publisher.DiscardAsync(dataset);
            if (problems.HasProblems)
            {
                var rejection = new FileRejectedException(file.Path, problems).Message;
                await journal.RecordProblemsAsync(fileId, problems);
                await journal.FinishFileAsync(fileId, LoadOutcome.Rejected, rowsRead, 0, problems.Count, clock.Elapsed, Truncate(rejection));
                return Result(LoadOutcome.Rejected, rowsRead, 0, rejection);
            }
            var warnings = reader!.LabelWarnings > 0 ? $"{reader.LabelWarnings:N0} territory label(s) differ from the reference (codes are the key; labels kept as published)" : null;
            return Result(LoadOutcome.Loaded, rowsRead, staged, warnings);
        }
        catch (Exception e) when (e is DbException or IOException or Core.WarehouseException)
        {
            var reason = StorageFailure.Describe(e, Connection);
            await journal.ReopenIfClosedAsync();
            await journal.FinishFileAsync(fileId, LoadOutcome.Failed, reader?.RowsRead, 0, null, clock.Elapsed, Truncate(reason));
            try
            {
                await _publisher.DiscardAsync(dataset);
            }
            catch (DbException)
            {
                // The next load drops what is left (a full disk may refuse even that); the failure is recorded.
            }
            return Result(LoadOutcome.Failed, reader?.RowsRead ?? 0, 0, $"Loading {file.Source} failed: {reason}");
        }

        FileLoadResult Result(string outcome, long read, long loaded, string? message) =>
            new(dataset.Id, file.Source, outcome, read, loaded, ReleaseLabel(file, fingerprint), clock.Elapsed, message);
    }

    /// <summary>One dataset from the Explore API: skipped when the catalog announces the live release, else downloaded and loaded.</summary>
    public async Task<FileLoadResult> LoadFromApiAsync(long runId, ExploreApiClient client, DatasetDefinition dataset, string downloadFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(dataset);
        var clock = Stopwatch.StartNew();
        try
        {
            var release = await client.GetReleaseAsync(dataset.Id, cancellationToken);
            var current = await journal.CurrentReleaseAsync(dataset.Id);
            var releaseLabel = release.DataProcessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!force && ApiReleaseCheck.IsUnchanged(release, current))
            {
                var record = new FileRecord(dataset.Id, "api", dataset.Id, null, current!.Sha256, null, release.Modified, release.DataProcessed,
                    release.RecordsCount, release.License, false);
                var id = await journal.StartFileAsync(runId, record);
                await journal.FinishFileAsync(id, LoadOutcome.UpToDate, null, null, null, clock.Elapsed, null);
                return new FileLoadResult(dataset.Id, dataset.Id, LoadOutcome.UpToDate, 0, 0, releaseLabel, clock.Elapsed, null);
            }
            reporter.FileStarted($"the Explore API ({dataset.Id})", dataset.Id);
            var download = await client.DownloadCsvAsync(dataset.Id, downloadFolder, cancellationToken);
            try
            {
                return await LoadAsync(runId, new LoadSourceFile(download.Path, "api", download.SourceUrl.ToString())
                {
                    Dataset = dataset,
                    SourceModified = release.Modified,
                    SourceDataProcessed = release.DataProcessed,
                    SourceRecordsCount = release.RecordsCount,
                    License = release.License,
                }, cancellationToken);
            }
            finally
            {
                File.Delete(download.Path);
            }
        }
        catch (Core.WarehouseException e)
        {
            return new FileLoadResult(dataset.Id, dataset.Id, LoadOutcome.Failed, 0, 0, null, clock.Elapsed, e.Message);
        }
    }

    private long Stage(DatasetFileReader reader, StagingTable table, long fileId, FileFindings seen, string datasetId, CancellationToken cancellationToken)
    {
        using var writer = StagingWriters.Create(Connection, table);
        var reported = 0L;
        var rows = StagingPipeline.Run(
            (rent, publish, token) => Task.Run(() => reader.ReadBatches(fileId, resolver, seen.Codes, seen.Flags, rent, publish, token), token),
            writer, reader.Header.Dataset.StagingColumns.Count,
            written =>
            {
                if (written - reported >= ProgressEvery)
                {
                    reported = written;
                    reporter.RowsStaged(datasetId, written);
                }
            },
            cancellationToken);
        writer.Complete();
        reporter.RowsStaged(datasetId, rows);
        return rows;
    }

    private static void CheckCompleteness(LoadSourceFile file, FileFingerprint fingerprint, long rowsRead, ProblemLog problems)
    {
        if (fingerprint.Bytes > fingerprint.ByteOrderMarks * 3 && !fingerprint.EndsWithLineBreak)
        {
            problems.Add(null, null, null, "the file is truncated: its last line does not end with a line break (exports always do)");
        }
        if (file.SourceRecordsCount is { } expected && rowsRead != expected && !problems.HasProblems)
        {
            problems.Add(null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the file has {rowsRead:N0} rows but the source metadata announces {expected:N0}: the download is incomplete"));
        }
    }

    private async Task CheckDuplicatesAsync(DatasetDefinition dataset, long fileId, ProblemLog problems)
    {
        await using var command = DbCommands.Create(Connection, SqlFiles.Read($"transforms/duplicates_{dataset.ShortName}.sql"), null, ("load_file_id", fileId));
        await using var rows = await command.ExecuteReaderAsync();
        var keyColumns = dataset.GrainColumns.Count;
        while (await rows.ReadAsync())
        {
            var first = Convert.ToInt64(rows.GetValue(keyColumns + 1), CultureInfo.InvariantCulture);
            var last = Convert.ToInt64(rows.GetValue(keyColumns + 2), CultureInfo.InvariantCulture);
            var count = Convert.ToInt64(rows.GetValue(keyColumns), CultureInfo.InvariantCulture);
            problems.Add(last, null, null, string.Create(CultureInfo.InvariantCulture,
                $"duplicate grain key ({string.Join(" × ", dataset.GrainColumns)}): same as line {first} ({count} rows share it)"));
        }
    }

    /// <summary>
    /// Replaces the dataset's facts in one transaction, with the display flags and the codes a published (not synthetic)
    /// file teaches; false (rolled back) when a grain key repeats.
    /// </summary>
    private async Task<bool> TryPublishAsync(DatasetDefinition dataset, LoadSourceFile file, long fileId, FileFindings seen, long staged, long rowsRead, Stopwatch clock)
    {
        await using var transaction = await Connection.BeginTransactionAsync();
        KillPoints.Reach(KillPoints.PublishStarted);
        if (!await _publisher.ReplaceAsync(dataset, fileId, transaction))
        {
            await transaction.RollbackAsync();
            return false;
        }
        KillPoints.Reach(KillPoints.FactsReplaced);
        await DbCommands.ExecuteAsync(Connection, "DELETE FROM dim_profession_display WHERE dataset_id = @dataset_id", transaction, ("dataset_id", dataset.Id));
        foreach (var (profession, flag) in seen.Flags)
        {
            await DbCommands.ExecuteAsync(Connection,
                """
                INSERT INTO dim_profession_display (profession_key, dataset_id, vision_generale_all, vision_generale_prescriptions, vision_profession_territoire)
                VALUES (@profession, @dataset_id, @all, @prescriptions, @territoire)
                """, transaction,
                ("profession", profession), ("dataset_id", dataset.Id), ("all", Dialect.Boolean(flag.GeneraleAll)),
                ("prescriptions", Dialect.Boolean(flag.GeneralePrescriptions)), ("territoire", Dialect.Boolean(flag.ProfessionTerritoire)));
        }
        var learned = file.IsSynthetic ? []
            : await LearnedCodes.RecordAsync(Connection, transaction, Dialect, seen.Codes, resolver.Codes, fileId, file.Source);
        await journal.PublishReleaseAsync(dataset.Id, fileId, transaction);
        await journal.FinishFileAsync(fileId, LoadOutcome.Loaded, rowsRead, staged, 0, clock.Elapsed, null, transaction);
        KillPoints.Reach(KillPoints.BeforeCommit);
        await transaction.CommitAsync();
        KillPoints.Reach(KillPoints.Committed);
        foreach (var code in learned)
        {
            resolver.Codes.Add(code);
        }
        if (Dialect.AnalyzeAfterPublish() is { } analyze)
        {
            await DbCommands.ExecuteAsync(Connection, analyze);
        }
        return true;
    }

    /// <summary>Only to name the lines of a repeated grain key on PostgreSQL: the file is read again into the staging table.</summary>
    private async Task RestageAsync(LoadSourceFile file, FileFingerprint fingerprint, DatasetDefinition dataset, long fileId, CancellationToken cancellationToken)
    {
        var staging = StagingTable.For(dataset);
        using var again = DatasetFileReader.Open(file.Path, fingerprint, dataset, new ProblemLog(), out _)
            ?? throw new IOException($"{file.Path} could not be read again");
        var seen = new FileFindings(new Dictionary<int, DisplayFlags>(), resolver.NewPairing());
        await EmptyAsync(staging.Name);
        await Task.Run(() => Stage(again, staging, fileId, seen, dataset.Id, cancellationToken), cancellationToken);
    }

    private async Task EmptyAsync(string table) => await DbCommands.ExecuteAsync(Connection, Dialect.EmptyTable(table));

    private static FileRecord Record(LoadSourceFile file, DatasetDefinition dataset, FileFingerprint fingerprint) => new(
        dataset.Id, file.SourceKind, file.Source,
        fingerprint.ByteOrderMarks >= 2 ? "browser" : "api",
        fingerprint.Sha256, fingerprint.Bytes, file.SourceModified, file.SourceDataProcessed, file.SourceRecordsCount, file.License, file.IsSynthetic);

    private static string ReleaseLabel(LoadSourceFile file, FileFingerprint fingerprint) =>
        file.SourceDataProcessed is { } processed
            ? processed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"sha256:{fingerprint.Sha256[..12]}";

    private static string Truncate(string message) => message.Length > 4000 ? message[..4000] : message;
}
