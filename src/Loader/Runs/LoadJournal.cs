using System.Data.Common;
using System.Globalization;
using Warehouse.Core.Sql;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Runs;

/// <summary>The audit trail of loads: runs, files, rejected values and the live release per dataset (etl_* tables).</summary>
public sealed class LoadJournal(DbConnection connection, SqlDialect dialect)
{
    private static readonly string[] RunColumns = ["trigger_kind", "started_at", "outcome", "host_name", "process_id"];
    private static readonly string[] FileColumns =
    [
        "load_run_id", "dataset_id", "source_kind", "source", "file_variant", "sha256", "bytes", "source_modified", "source_data_processed",
        "source_records_count", "license", "is_synthetic", "started_at", "outcome",
    ];

    public DbConnection Connection => connection;

    public SqlDialect Dialect => dialect;

    /// <summary>Sets the session up for bulk loading (per engine): on the run's connection, and again whenever it is reopened.</summary>
    public async Task PrepareSessionAsync()
    {
        if (dialect.BulkSessionSettings is { } settings)
        {
            await DbCommands.ExecuteAsync(connection, settings);
        }
    }

    /// <summary>
    /// A bulk copy that the database refused can leave the session closed (Npgsql closes it when PostgreSQL rejects a COPY, e.g.
    /// a full disk): open it again so the failure can be recorded. A server that is really gone fails here, as it should.
    /// The load lock is held on a connection of its own, so it is not lost with this one.
    /// </summary>
    public async Task ReopenIfClosedAsync()
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            return;
        }
        await connection.OpenAsync();
        await PrepareSessionAsync();
    }

    /// <summary>Runs and files left "running" by a process that died are marked interrupted (called while holding the load lock).</summary>
    public async Task<int> MarkInterruptedAsync()
    {
        var now = dialect.Timestamp(DateTimeOffset.UtcNow);
        await DbCommands.ExecuteAsync(connection,
            "UPDATE etl_load_file SET outcome = 'interrupted', finished_at = @now, error = 'the loading process stopped before finishing' WHERE outcome = 'running'",
            null, ("now", now));
        return await DbCommands.ExecuteAsync(connection,
            "UPDATE etl_load_run SET outcome = 'interrupted', finished_at = @now, message = 'the loading process stopped before finishing' WHERE outcome = 'running'",
            null, ("now", now));
    }

    public async Task<long> StartRunAsync(LoadTrigger trigger)
    {
        var id = await DbCommands.ScalarAsync(connection, dialect.InsertReturningId("etl_load_run", "load_run_id", RunColumns), null,
            ("trigger_kind", trigger.ToString().ToLowerInvariant()), ("started_at", dialect.Timestamp(DateTimeOffset.UtcNow)),
            ("outcome", LoadOutcome.Running), ("host_name", Environment.MachineName), ("process_id", (long)Environment.ProcessId));
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    public Task FinishRunAsync(long runId, string outcome, string? message) =>
        DbCommands.ExecuteAsync(connection,
            "UPDATE etl_load_run SET outcome = @outcome, message = @message, finished_at = @now WHERE load_run_id = @id", null,
            ("outcome", outcome), ("message", message), ("now", dialect.Timestamp(DateTimeOffset.UtcNow)), ("id", runId));

    public async Task<long> StartFileAsync(long runId, FileRecord file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var id = await DbCommands.ScalarAsync(connection, dialect.InsertReturningId("etl_load_file", "load_file_id", FileColumns), null,
            ("load_run_id", runId), ("dataset_id", file.DatasetId), ("source_kind", file.SourceKind), ("source", file.Source),
            ("file_variant", file.FileVariant), ("sha256", file.Sha256), ("bytes", file.Bytes),
            ("source_modified", Stamp(file.SourceModified)), ("source_data_processed", Stamp(file.SourceDataProcessed)),
            ("source_records_count", file.SourceRecordsCount), ("license", file.License), ("is_synthetic", dialect.Boolean(file.IsSynthetic)),
            ("started_at", dialect.Timestamp(DateTimeOffset.UtcNow)), ("outcome", LoadOutcome.Running));
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    public Task FinishFileAsync(long fileId, string outcome, long? rowsRead, long? rowsLoaded, long? rowsRejected, TimeSpan duration, string? error, DbTransaction? transaction = null) =>
        DbCommands.ExecuteAsync(connection,
            """
            UPDATE etl_load_file
            SET outcome = @outcome, rows_read = @rows_read, rows_loaded = @rows_loaded, rows_rejected = @rows_rejected,
                finished_at = @now, duration_ms = @duration_ms, error = @error
            WHERE load_file_id = @id
            """, transaction,
            ("outcome", outcome), ("rows_read", rowsRead), ("rows_loaded", rowsLoaded), ("rows_rejected", rowsRejected),
            ("now", dialect.Timestamp(DateTimeOffset.UtcNow)), ("duration_ms", (long)duration.TotalMilliseconds), ("error", error), ("id", fileId));

    public async Task RecordProblemsAsync(long fileId, ProblemLog problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        await using var transaction = await connection.BeginTransactionAsync();
        var ordinal = 0;
        foreach (var problem in problems.Kept)
        {
            await DbCommands.ExecuteAsync(connection,
                "INSERT INTO etl_rejected_row (load_file_id, ordinal, line_number, column_name, value, reason) VALUES (@id, @ordinal, @line, @column, @value, @reason)",
                transaction, ("id", fileId), ("ordinal", ++ordinal), ("line", problem.Line), ("column", problem.Column),
                ("value", problem.Value is { Length: > 1000 } v ? v[..1000] : problem.Value), ("reason", problem.Reason));
        }
        await transaction.CommitAsync();
    }

    /// <summary>
    /// The live release of a dataset. Its source metadata is that of the latest file with the same bytes: a republication
    /// of identical bytes is recorded up to date and must not make every later run download the export again.
    /// </summary>
    public async Task<CurrentRelease?> CurrentReleaseAsync(string datasetId)
    {
        await using var command = DbCommands.Create(connection,
            """
            SELECT f.load_file_id, f.sha256,
                   COALESCE(m.source_data_processed, f.source_data_processed), COALESCE(m.source_records_count, f.source_records_count)
            FROM etl_dataset_release r
            JOIN etl_load_file f ON f.load_file_id = r.load_file_id
            LEFT JOIN etl_load_file m ON m.load_file_id = (
                SELECT MAX(x.load_file_id) FROM etl_load_file x
                WHERE x.dataset_id = r.dataset_id AND x.sha256 = f.sha256
                  AND x.outcome IN ('loaded', 'up_to_date') AND x.source_data_processed IS NOT NULL)
            WHERE r.dataset_id = @dataset_id
            """, null, ("dataset_id", datasetId));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }
        return new CurrentRelease(datasetId, Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
            reader.IsDBNull(1) ? null : reader.GetString(1), Core.DbValues.Timestamp(reader.GetValue(2)),
            reader.IsDBNull(3) ? null : Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture));
    }

    /// <summary>Makes a loaded file the live release of its dataset (inside the publishing transaction).</summary>
    public async Task PublishReleaseAsync(string datasetId, long fileId, DbTransaction transaction)
    {
        await DbCommands.ExecuteAsync(connection, "DELETE FROM etl_dataset_release WHERE dataset_id = @dataset_id", transaction, ("dataset_id", datasetId));
        await DbCommands.ExecuteAsync(connection,
            "INSERT INTO etl_dataset_release (dataset_id, load_file_id, loaded_at) VALUES (@dataset_id, @id, @now)", transaction,
            ("dataset_id", datasetId), ("id", fileId), ("now", dialect.Timestamp(DateTimeOffset.UtcNow)));
    }

    private object? Stamp(DateTimeOffset? value) => value is { } v ? dialect.Timestamp(v) : null;
}
