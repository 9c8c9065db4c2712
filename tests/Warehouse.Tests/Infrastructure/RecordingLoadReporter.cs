using System.Collections.Concurrent;
using System.Globalization;
using Warehouse.Loader.Loading;

namespace Warehouse.Tests.Infrastructure;

/// <summary>Keeps the progress lines of an in-process load, for assertions and failure messages.</summary>
public sealed class RecordingLoadReporter : ILoadReporter
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void FileStarted(string source, string datasetId) => _lines.Enqueue($"{datasetId}: reading {source}");

    public void RowsStaged(string datasetId, long rows) => _lines.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{datasetId}: {rows} rows staged"));

    public void FileFinished(FileLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _lines.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{result.DatasetId ?? result.Source}: {result.Outcome} ({result.RowsLoaded} rows) {result.Message}"));
    }

    public void Note(string message) => _lines.Enqueue(message);
}
