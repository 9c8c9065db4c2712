using System.Diagnostics;
using System.Globalization;
using Warehouse.Bench.Extract;

// `write <candidate> <file> <rows>`: one measured child run. Anything else: the whole benchmark (see bench/README.md).
if (args.Length == 4 && args[0] == "write")
{
    var rows = int.Parse(args[3], CultureInfo.InvariantCulture);
    var stopwatch = Stopwatch.StartNew();
    await using (var file = new FileStream(args[2], FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: false))
    {
        await Candidates.WriteAsync(args[1], file, rows);
    }
    stopwatch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed_ms={stopwatch.ElapsedMilliseconds}"));
    return 0;
}

var settings = BenchSettings.FromEnvironment();
var runs = await BenchRunner.RunAsync(settings);
var path = await ResultsReport.WriteAsync(settings, runs);
Console.WriteLine($"Results: {path}");
return 0;
