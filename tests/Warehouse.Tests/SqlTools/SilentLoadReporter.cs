using Warehouse.Loader.Loading;

namespace Warehouse.Tests.SqlTools;

internal sealed class SilentLoadReporter : ILoadReporter
{
    public void FileStarted(string source, string datasetId) { }

    public void RowsStaged(string datasetId, long rows) { }

    public void FileFinished(FileLoadResult result) { }

    public void Note(string message) { }
}
