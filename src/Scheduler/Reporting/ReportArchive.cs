using System.Data.Common;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;

namespace Warehouse.Scheduler.Reporting;

/// <summary>
/// The report history: every rendered file, recorded in app_report_archive and stored under the archive folder as
/// &lt;sha256&gt;.&lt;format&gt; (identical renders share one file). No user text ever becomes part of a path.
/// </summary>
public sealed class ReportArchive(IWarehouseEngine engine, string directory)
{
    private const string Columns = "archive_id, report, parameters, format, file_name, content_type, bytes, sha256, data_release, schema_version, is_synthetic, rendered_at, rendered_by, subscription_id, occurrence";

    private static readonly string[] InsertColumns =
        ["report", "parameters", "format", "file_name", "content_type", "bytes", "sha256", "data_release", "schema_version", "is_synthetic", "rendered_at", "rendered_by", "subscription_id", "occurrence", "cache_key"];

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>
    /// Stores a rendered file. For a subscription occurrence the first writer wins: a second instance rendering the same
    /// occurrence gets the row already archived (unique subscription_id, occurrence, format).
    /// </summary>
    /// <param name="cacheKey">The briefing cache key of a file rendered for a download (<see cref="FindCachedAsync"/>); null for a delivery.</param>
    public async Task<ArchivedReport> AddAsync(RenderedFile file, string? renderedBy, long? subscriptionId = null, string? occurrence = null, string? cacheKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await StoreFileAsync(file, cancellationToken);
        var dialect = SqlDialect.For(engine.Kind);
        await using var connection = await engine.OpenAsync(cancellationToken);
        try
        {
            var id = Convert.ToInt64(await DbCommands.ScalarAsync(connection, dialect.InsertReturningId("app_report_archive", "archive_id", InsertColumns), null,
                ("report", file.Order.Report), ("parameters", file.Order.ParametersJson()), ("format", file.Order.Format), ("file_name", file.FileName),
                ("content_type", file.ContentType), ("bytes", (long)file.Content.Length), ("sha256", file.Sha256), ("data_release", file.ReleaseSummary),
                ("schema_version", file.Stamp.SchemaVersion), ("is_synthetic", dialect.Boolean(file.Stamp.IsSynthetic)),
                ("rendered_at", dialect.Timestamp(file.Stamp.GeneratedAt)), ("rendered_by", renderedBy), ("subscription_id", subscriptionId), ("occurrence", occurrence), ("cache_key", cacheKey)),
                System.Globalization.CultureInfo.InvariantCulture);
            return (await FindAsync(id, cancellationToken))!;
        }
        catch (DbException e) when (subscriptionId is not null && SqlDialect.IsUniqueViolation(e))
        {
            // Another instance archived this occurrence first: its file is the one delivered; ours would be an orphan.
            if (Convert.ToInt64(await DbCommands.ScalarAsync(connection, "SELECT COUNT(*) FROM app_report_archive WHERE sha256 = @sha", null, ("sha", file.Sha256)),
                    System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                File.Delete(PathOf(file.Sha256, file.Order.Format));
            }
            return (await ListAsync(new ArchiveQuery(SubscriptionId: subscriptionId, Occurrence: occurrence, Format: file.Order.Format), cancellationToken)).Single();
        }
    }

    /// <summary>The newest file archived with this cache key whose stored file is still there; null when none.</summary>
    public async Task<ArchivedReport?> FindCachedAsync(string cacheKey, CancellationToken cancellationToken = default)
    {
        var (sql, parameters) = SqlDialect.For(engine.Kind).NewestRows(Columns, "app_report_archive", "archive_id", 1, ("cache_key", cacheKey));
        var newest = (await QueryAsync(sql, cancellationToken, parameters)).SingleOrDefault();
        return newest is not null && File.Exists(PathOf(newest.Sha256, newest.Format)) ? newest : null;
    }

    public async Task<ArchivedReport?> FindAsync(long archiveId, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM app_report_archive WHERE archive_id = @id", cancellationToken, ("id", archiveId))).SingleOrDefault();

    /// <summary>The newest first, at most <see cref="ArchiveQuery.Limit"/> rows.</summary>
    public Task<List<ArchivedReport>> ListAsync(ArchiveQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, parameters) = SqlDialect.For(engine.Kind).NewestRows(Columns, "app_report_archive", "archive_id", Math.Clamp(query.Limit, 1, 1000),
            ("report", query.Report), ("subscription_id", query.SubscriptionId), ("occurrence", query.Occurrence), ("format", query.Format));
        return QueryAsync(sql, cancellationToken, parameters);
    }

    /// <summary>Opens the stored file of a history row; null when the file is gone from the archive folder.</summary>
    public Stream? OpenFile(ArchivedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var path = PathOf(report.Sha256, report.Format);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private async Task StoreFileAsync(RenderedFile file, CancellationToken cancellationToken)
    {
        var path = PathOf(file.Sha256, file.Order.Format);
        if (File.Exists(path))
        {
            return;
        }
        ServiceFiles.CreateDirectory(Directory);
        ServiceFiles.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await CompleteFile.WriteForServiceAsync(path, file.Content, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseException($"Cannot store the rendered file in the archive folder {Directory}: {e.Message}", isUserError: false, e);
        }
    }

    /// <summary>The path is made of a SHA-256 (hex, checked) and a format from a fixed list: nothing a user typed.</summary>
    private string PathOf(string sha256, string format)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower) || format is not ("pdf" or "xlsx" or "csv" or "zip"))
        {
            throw new WarehouseException($"Not an archive key: {sha256}.{format}", isUserError: false);
        }
        return Path.Combine(Directory, sha256[..2], $"{sha256}.{format}");
    }

    private async Task<List<ArchivedReport>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        return await DbCommands.QueryAsync(connection, sql, reader => new ArchivedReport(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
            Convert.ToInt64(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(7), reader.GetString(8), reader.GetString(9),
            Convert.ToBoolean(reader.GetValue(10), System.Globalization.CultureInfo.InvariantCulture), DbValues.Timestamp(reader.GetValue(11))!,
            reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetInt64(13), reader.IsDBNull(14) ? null : reader.GetString(14)),
            cancellationToken, parameters);
    }
}

/// <summary>Filters of the report history; null means any.</summary>
public sealed record ArchiveQuery(string? Report = null, long? SubscriptionId = null, string? Occurrence = null, string? Format = null, int Limit = 100);
