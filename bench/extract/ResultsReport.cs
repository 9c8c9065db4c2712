using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Warehouse.Bench.Extract;

/// <summary>Writes bench/extract/results/&lt;date&gt;-&lt;machine&gt;.md: machine, every run, best per writer, ratios and verdicts.</summary>
internal static class ResultsReport
{
    private const double TimeTarget = 1.0;
    private const double MemoryTarget = 1.5;

    public static async Task<string> WriteAsync(BenchSettings settings, IReadOnlyList<BenchRun> runs)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", culture);
        text.AppendLine(culture, $"# Extract writer benchmark — {date} ({settings.Machine})");
        text.AppendLine();
        text.AppendLine(culture, $"{settings.Rows:N0} rows × {BenchRows.ColumnCount} columns (5 numbers, 5 short strings; 1 row in 37 has a secret measure: empty cell + status text), one XLSX sheet, written to a file. Each writer runs in its own process under `/usr/bin/time -v`, interleaved, {settings.Repeats} times; the best wall time and the highest peak RSS of each writer are kept.");
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine(culture, $"- CPUs: {Environment.ProcessorCount} ({CpuModel()})");
        text.AppendLine(culture, $"- Memory: {MemoryTotal()}");
        text.AppendLine(culture, $"- OS: {RuntimeInformation.OSDescription}");
        text.AppendLine(culture, $"- .NET: {RuntimeInformation.FrameworkDescription}");
        text.AppendLine(culture, $"- Load average at the end: {LoadAverage()}");
        text.AppendLine();
        text.AppendLine("## Best of each writer");
        text.AppendLine();
        text.AppendLine("| writer | wall s (process) | write s (in process) | peak RSS MB | file MiB | time vs MiniExcel | memory vs MiniExcel |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var best = runs.Where(r => r.Anomaly is null).GroupBy(r => r.Candidate)
            .ToDictionary(g => g.Key, g => (Wall: g.Min(r => r.WallSeconds), Write: g.Min(r => r.WriteSeconds), Peak: g.Max(r => r.PeakRssKb), Bytes: g.Max(r => r.Bytes)));
        best.TryGetValue(Candidates.Baseline, out var baseline);
        foreach (var name in settings.Candidates.Where(best.ContainsKey))
        {
            var b = best[name];
            var timeRatio = baseline.Wall > 0 ? (b.Wall / baseline.Wall).ToString("0.00", culture) + "×" : "n/a";
            var memoryRatio = baseline.Peak > 0 ? ((double)b.Peak / baseline.Peak).ToString("0.00", culture) + "×" : "n/a";
            text.AppendLine(culture, $"| {name} | {b.Wall:0.00} | {b.Write:0.00} | {b.Peak / 1024.0:0.0} | {b.Bytes / 1048576.0:0.0} | {timeRatio} | {memoryRatio} |");
        }
        text.AppendLine();
        text.AppendLine(culture, $"## Verdict for the extract's writer ({Candidates.Chosen})");
        text.AppendLine();
        if (best.TryGetValue(Candidates.Chosen, out var chosen) && baseline.Wall > 0)
        {
            var timeRatio = chosen.Wall / baseline.Wall;
            var memoryRatio = (double)chosen.Peak / baseline.Peak;
            text.AppendLine(culture, $"- time: {timeRatio:0.00}× MiniExcel (target ≤ {TimeTarget:0.0}×): **{(timeRatio <= TimeTarget ? "PASS" : "FAIL")}**");
            text.AppendLine(culture, $"- peak memory: {memoryRatio:0.00}× MiniExcel (target ≤ {MemoryTarget:0.0}×): **{(memoryRatio <= MemoryTarget ? "PASS" : "FAIL")}**");
        }
        else
        {
            text.AppendLine("- no verdict: the chosen writer or the baseline has no clean run (see anomalies).");
        }
        text.AppendLine();
        text.AppendLine("## Every run");
        text.AppendLine();
        text.AppendLine("| writer | run | wall s | write s | peak RSS MB | rows found | anomaly |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            text.AppendLine(culture, $"| {run.Candidate} | {run.Repeat} | {run.WallSeconds:0.00} | {run.WriteSeconds:0.00} | {run.PeakRssKb / 1024.0:0.0} | {run.RowsFound:N0} | {run.Anomaly ?? ""} |");
        }
        Directory.CreateDirectory(settings.ResultsDirectory);
        var path = Path.Combine(settings.ResultsDirectory, $"{date}-{settings.Machine}.md");
        await File.WriteAllTextAsync(path, text.ToString());
        return path;
    }

    private static string CpuModel() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";

    private static string MemoryTotal() =>
        ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal)) is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1048576.0:0.0} GiB")
            : "unknown";

    private static string LoadAverage() => ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? string.Join(' ', line.Split(' ').Take(3)) : "unknown";

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
