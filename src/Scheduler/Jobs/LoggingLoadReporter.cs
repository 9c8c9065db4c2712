using Warehouse.Core.Text;
using Warehouse.Loader.Loading;

namespace Warehouse.Scheduler.Jobs;

/// <summary>Load progress as structured log events (the server's counterpart of the command line's progress lines).</summary>
internal sealed partial class LoggingLoadReporter(ILogger logger) : ILoadReporter
{
    public void FileStarted(string source, string datasetId) => Started(logger, datasetId, new Untrusted(source));

    public void RowsStaged(string datasetId, long rows)
    {
    }

    public void FileFinished(FileLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Finished(logger, new Untrusted(result.DatasetId ?? result.Source), result.Outcome, result.RowsLoaded, result.Duration.TotalSeconds, new Untrusted(result.Message));
    }

    public void Note(string message) => Noted(logger, new Untrusted(message));

    [LoggerMessage(Level = LogLevel.Information, Message = "Load {DatasetId}: reading {Source}")]
    private static partial void Started(ILogger logger, string datasetId, Untrusted source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Load {DatasetId}: {Outcome}, {Rows} rows in {Seconds:0.0} s {Detail}")]
    private static partial void Finished(ILogger logger, Untrusted datasetId, string outcome, long rows, double seconds, Untrusted detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Load: {Message}")]
    private static partial void Noted(ILogger logger, Untrusted message);
}
