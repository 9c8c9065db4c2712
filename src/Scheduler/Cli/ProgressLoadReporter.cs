using System.Globalization;
using Spectre.Console;
using Warehouse.Loader.Loading;

namespace Warehouse.Scheduler.Cli;

/// <summary>
/// A live progress bar per dataset for an interactive terminal (Spectre.Console draws nothing when output is redirected;
/// <see cref="ConsoleLoadReporter"/> prints plain lines then).
/// </summary>
internal sealed class ProgressLoadReporter(ProgressContext context) : ILoadReporter
{
    private readonly Dictionary<string, ProgressTask> _tasks = [];
    private readonly Lock _gate = new();

    public void FileStarted(string source, string datasetId)
    {
        lock (_gate)
        {
            var task = context.AddTask(Markup.Escape(datasetId), maxValue: 1);
            task.IsIndeterminate = true;
            _tasks[datasetId] = task;
        }
    }

    public void RowsStaged(string datasetId, long rows)
    {
        lock (_gate)
        {
            if (_tasks.TryGetValue(datasetId, out var task))
            {
                task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{datasetId}: {rows:N0} rows"));
            }
        }
    }

    public void FileFinished(FileLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            if (result.DatasetId is { } id && _tasks.TryGetValue(id, out var task))
            {
                task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{id}: {result.Outcome}, {result.RowsLoaded:N0} rows"));
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }

    public void Note(string message) => AnsiConsole.MarkupLine(Markup.Escape(Warehouse.Core.Text.LogText.Escape(message)));
}
