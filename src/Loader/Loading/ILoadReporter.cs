namespace Warehouse.Loader.Loading;

/// <summary>Receives progress of a load run (the command line draws it; the scheduler logs it).</summary>
public interface ILoadReporter
{
    void FileStarted(string source, string datasetId);

    void RowsStaged(string datasetId, long rows);

    void FileFinished(FileLoadResult result);

    void Note(string message);
}
