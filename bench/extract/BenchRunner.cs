using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Warehouse.Bench.Extract;

/// <summary>One measured child process: wall time and peak RSS from /usr/bin/time -v, the writer's own time, the file it wrote.</summary>
internal sealed record BenchRun(string Candidate, int Repeat, double WallSeconds, double WriteSeconds, long PeakRssKb, long Bytes, long RowsFound, string? Anomaly);

/// <summary>Runs each candidate in its own process (so peak memory is the writer's alone), interleaved, <c>Repeats</c> times.</summary>
internal static partial class BenchRunner
{
    public static async Task<IReadOnlyList<BenchRun>> RunAsync(BenchSettings settings)
    {
        var self = typeof(BenchRunner).Assembly.Location;
        var folder = Directory.CreateTempSubdirectory("warehouse-bench-extract-");
        var runs = new List<BenchRun>();
        try
        {
            for (var repeat = 1; repeat <= settings.Repeats; repeat++)
            {
                foreach (var candidate in settings.Candidates)
                {
                    var file = Path.Combine(folder.FullName, $"{candidate}.xlsx");
                    var run = await RunOneAsync(self, candidate, repeat, file, settings.Rows);
                    runs.Add(run);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{candidate,-14} #{repeat}  wall {run.WallSeconds,6:0.00} s  write {run.WriteSeconds,6:0.00} s  peak {run.PeakRssKb / 1024.0,7:0.0} MB  {run.Bytes / 1048576.0,6:0.0} MiB  rows {run.RowsFound:N0}{(run.Anomaly is null ? "" : "  ANOMALY: " + run.Anomaly)}"));
                    File.Delete(file);
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return runs;
    }

    private static async Task<BenchRun> RunOneAsync(string self, string candidate, int repeat, string file, int rows)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", "dotnet", self, "write", candidate, file, rows.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new BenchRun(candidate, repeat, 0, 0, 0, 0, 0, "timed out after 10 minutes");
        }
        var output = await stdout;
        var error = await stderr;
        var wall = ParseElapsed(WallPattern().Match(error).Groups[1].Value);
        var peak = long.Parse(PeakPattern().Match(error).Groups[1].Value is { Length: > 0 } kb ? kb : "0", CultureInfo.InvariantCulture);
        var write = WritePattern().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 1000 : 0;
        if (process.ExitCode != 0)
        {
            return new BenchRun(candidate, repeat, wall, write, peak, 0, 0, $"exit code {process.ExitCode}: {error.Split('\n')[0]}");
        }
        var bytes = new FileInfo(file).Length;
        var found = SheetRowCounter.CountDataRows(file);
        var anomaly = found == rows ? null : string.Create(CultureInfo.InvariantCulture, $"{found} data rows in the file, expected {rows}");
        return new BenchRun(candidate, repeat, wall, write, peak, bytes, found, anomaly);
    }

    /// <summary>GNU time prints "h:mm:ss" or "m:ss.ss".</summary>
    private static double ParseElapsed(string text)
    {
        var parts = text.Split(':');
        var seconds = 0.0;
        foreach (var part in parts)
        {
            seconds = (seconds * 60) + double.Parse(part, CultureInfo.InvariantCulture);
        }
        return seconds;
    }

    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)")]
    private static partial Regex WallPattern();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakPattern();

    [GeneratedRegex(@"elapsed_ms=(\d+)")]
    private static partial Regex WritePattern();
}
