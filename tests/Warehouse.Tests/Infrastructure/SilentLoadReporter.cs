using Warehouse.Loader.Loading;

namespace Warehouse.Tests.Infrastructure;

/// <summary>A load reporter that keeps nothing: the tests check the load's result, not its progress.</summary>
internal sealed class SilentLoadReporter : ILoadReporter
{
    public void FileStarted(string source, string datasetId)
    {
    }

    public void RowsStaged(string datasetId, long rows)
    {
    }

    public void FileFinished(FileLoadResult result)
    {
    }

    public void Note(string message)
    {
    }
}
