using Microsoft.Extensions.Logging;
using Warehouse.Loader.Loading;

namespace Warehouse.Scheduler.Jobs;

/// <summary>Load progress as structured log events (the server's counterpart of the command line's progress lines).</summary>
internal sealed partial class LoggingLoadReporter(ILogger logger) : ILoadReporter
{
    public void FileStarted(string source, string datasetId) => Started(logger, datasetId, source);

    public void RowsStaged(string datasetId, long rows)
    {
    }

    public void FileFinished(FileLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Finished(logger, result.DatasetId ?? result.Source, result.Outcome, result.RowsLoaded, result.Duration.TotalSeconds, result.Message ?? "");
    }

    public void Note(string message) => Noted(logger, message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Load {DatasetId}: reading {Source}")]
    private static partial void Started(ILogger logger, string datasetId, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Load {DatasetId}: {Outcome}, {Rows} rows in {Seconds:0.0} s {Detail}")]
    private static partial void Finished(ILogger logger, string datasetId, string outcome, long rows, double seconds, string? detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Load: {Message}")]
    private static partial void Noted(ILogger logger, string message);
}
