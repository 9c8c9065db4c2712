using System.Globalization;

namespace Warehouse.Bench.Extract;

/// <summary>Knobs, from environment variables (same style as bench/load).</summary>
internal sealed record BenchSettings(int Rows, int Repeats, string ResultsDirectory, string Machine, IReadOnlyList<string> Candidates)
{
    public static BenchSettings FromEnvironment() => new(
        Int("BENCH_ROWS", 1_000_000),
        Int("BENCH_REPEATS", 3),
        Environment.GetEnvironmentVariable("BENCH_RESULTS_DIR") is { Length: > 0 } dir ? dir : Path.Combine("bench", "extract", "results"),
        Environment.GetEnvironmentVariable("BENCH_MACHINE") is { Length: > 0 } machine ? machine : "vm",
        Environment.GetEnvironmentVariable("BENCH_CANDIDATES") is { Length: > 0 } names
            ? names.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : Extract.Candidates.Names);

    private static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
