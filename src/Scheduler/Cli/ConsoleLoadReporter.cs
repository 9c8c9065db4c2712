using System.Globalization;
using Warehouse.Core.Text;
using Warehouse.Loader.Loading;

namespace Warehouse.Scheduler.Cli;

/// <summary>Plain progress lines for `warehouse load` (used when output is redirected, and by the log of the scheduler).</summary>
internal sealed class ConsoleLoadReporter(TextWriter output) : ILoadReporter
{
    private readonly Lock _gate = new();

    public void FileStarted(string source, string datasetId) => Line($"{datasetId}: reading {source}");

    public void RowsStaged(string datasetId, long rows) => Line(string.Create(CultureInfo.InvariantCulture, $"{datasetId}: {rows:N0} rows staged"));

    public void FileFinished(FileLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Line(string.Create(CultureInfo.InvariantCulture, $"{result.DatasetId ?? result.Source}: {result.Outcome} ({result.RowsLoaded:N0} rows, {result.Duration.TotalSeconds:0.0} s)"));
    }

    public void Note(string message) => Line(message);

    private void Line(string text)
    {
        lock (_gate)
        {
            // File names and values come from outside: no line breaks or escape codes of theirs reach the terminal.
            output.WriteLine($"[{DateTime.Now:HH:mm:ss}] {LogText.Escape(text)}");
        }
    }
}
