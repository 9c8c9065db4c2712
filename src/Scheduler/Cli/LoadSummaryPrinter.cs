using System.Globalization;
using Warehouse.Core.Text;
using Warehouse.Loader.Loading;

namespace Warehouse.Scheduler.Cli;

/// <summary>The table printed at the end of `warehouse load`, then the messages of rejected or failed files.</summary>
internal static class LoadSummaryPrinter
{
    public static async Task PrintAsync(LoadRunResult run, TextWriter output, TextWriter error)
    {
        var rows = run.Files.Select(f => new[]
        {
            f.DatasetId ?? "?", f.Release ?? "", f.RowsLoaded.ToString("N0", CultureInfo.InvariantCulture),
            f.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), f.Outcome,
        }).ToList();
        string[] header = ["dataset", "release", "rows", "seconds", "outcome"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        await output.WriteLineAsync();
        await output.WriteLineAsync(Format(header, widths));
        await output.WriteLineAsync(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Format(row, widths));
        }
        await output.WriteLineAsync($"Run {run.RunId}: {run.Outcome}.");
        foreach (var file in run.Files.Where(f => f.Message is not null))
        {
            var target = file.Outcome is "rejected" or "failed" ? error : output;
            // Line by line: a message spans lines on purpose, but a file name or value in it must not add its own.
            foreach (var line in file.Message!.Split('\n'))
            {
                await target.WriteLineAsync(LogText.Escape(line));
            }
        }
    }

    private static string Format(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i is 2 or 3 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
}
