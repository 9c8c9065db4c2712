using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Warehouse.Bench.Server;

// Usage: dotnet run -c Release --project bench/server -- <base-url> <api-key> <server-pid> <results.md> [clients=50] [seconds=60]
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: <base-url> <api-key> <server-pid> <results.md> [clients] [seconds]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var apiKey = args[1];
var pid = int.Parse(args[2], CultureInfo.InvariantCulture);
var resultsPath = args[3];
var clients = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 50;
var duration = TimeSpan.FromSeconds(args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 60);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = baseUrl,
    Timeout = TimeSpan.FromMinutes(2),
};
http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);

var territories = await http.GetStringAsync(new Uri("/api/territories", UriKind.Relative));
var departements = System.Text.Json.JsonDocument.Parse(territories).RootElement.EnumerateArray()
    .Where(t => t.TryGetProperty("level", out var level) && level.GetString() is "departement" or "département")
    .Select(t => t.GetProperty("code").GetString()!)
    .ToList();
if (departements.Count == 0)
{
    Console.Error.WriteLine($"no département in /api/territories: {territories[..Math.Min(300, territories.Length)]}");
    return 1;
}

// Cold: the first request of each département's briefing after the load renders it (what the warm-up job does after a
// load). Measured one at a time, then the mix runs warm: its briefings are served from the cache.
var cold = new List<double>();
foreach (var departement in departements)
{
    var clock = Stopwatch.StartNew();
    using var response = await http.GetAsync(new Uri($"/api/reports/territory?code={departement}&format=pdf", UriKind.Relative));
    await response.Content.ReadAsByteArrayAsync();
    cold.Add(clock.Elapsed.TotalMilliseconds);
}
cold.Sort();
var coldReport = string.Create(CultureInfo.InvariantCulture,
    $"Cold (first request of each of the {cold.Count} département briefings after the load, one at a time): p50 {cold[cold.Count / 2]:0} ms, p95 {cold[Math.Min(cold.Count - 1, (int)Math.Ceiling(0.95 * cold.Count) - 1)]:0} ms, max {cold[^1]:0} ms, {cold.Sum() / 1000:0.0} s in all.\n\nWarm (the mix, briefings from the cache):\n\n");
await File.AppendAllTextAsync(resultsPath, coldReport);
Console.Write(coldReport);

var rss = new RssSampler(pid);
var rssBefore = rss.Current();
var results = new ConcurrentBag<(string Kind, int Status, double Milliseconds, long Bytes)>();
var start = DateTime.UtcNow;
using var stop = new CancellationTokenSource(duration);
var sampling = rss.RunAsync(start, stop.Token);
var workers = Enumerable.Range(0, clients).Select(async client =>
{
    var random = new Random(client);
    while (!stop.IsCancellationRequested)
    {
        var (kind, path) = LoadMix.Next(random, departements);
        var clock = Stopwatch.StartNew();
        int status;
        long bytes = 0;
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            for (int read; (read = await body.ReadAsync(buffer)) > 0;)
            {
                bytes += read;
            }
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            status = 0;
        }
        results.Add((kind, status, clock.Elapsed.TotalMilliseconds, bytes));
    }
}).ToList();
await Task.WhenAll(workers);
await sampling;
var elapsed = DateTime.UtcNow - start;
await Task.Delay(TimeSpan.FromSeconds(5));
var rssAfter = rss.Current();

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"Clients: {clients}, duration: {elapsed.TotalSeconds:0.0} s, requests: {results.Count}, throughput: {results.Count / elapsed.TotalSeconds:0.0} req/s");
report.AppendLine();
report.AppendLine("| kind | requests | ok (2xx) | 429 | other errors | p50 ms | p95 ms | p99 ms | mean KB |");
report.AppendLine("|---|---|---|---|---|---|---|---|---|");
foreach (var group in results.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(results.GroupBy(_ => "all").Single()))
{
    var ok = group.Where(r => r.Status is >= 200 and < 300).Select(r => r.Milliseconds).Order().ToList();
    double Percentile(double p) => ok.Count == 0 ? 0 : ok[Math.Min(ok.Count - 1, (int)Math.Ceiling(p * ok.Count) - 1)];
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| {group.Key} | {group.Count()} | {ok.Count} | {group.Count(r => r.Status == (int)HttpStatusCode.TooManyRequests)} | {group.Count(r => r.Status is not (>= 200 and < 300) and not 429)} | {Percentile(0.50):0} | {Percentile(0.95):0} | {Percentile(0.99):0} | {group.Where(r => r.Status == 200).Select(r => r.Bytes / 1024.0).DefaultIfEmpty().Average():0} |");
}
report.AppendLine();
var errors = results.Where(r => r.Status is not (>= 200 and < 300) and not 429).GroupBy(r => (r.Kind, r.Status)).Select(g => $"{g.Key.Kind} {g.Key.Status}: {g.Count()}").ToList();
report.AppendLine(CultureInfo.InvariantCulture, $"Errors other than 429: {(errors.Count == 0 ? "none" : string.Join(", ", errors))}");
report.AppendLine(CultureInfo.InvariantCulture, $"Server RSS: before {rssBefore / 1024.0:0} MB, peak {rss.Samples.Max(s => s.Kilobytes) / 1024.0:0} MB, 5 s after {rssAfter / 1024.0:0} MB; slope over the second half {rss.SecondHalfSlopeMbPerMinute():+0.0;-0.0} MB/min");
report.AppendLine(CultureInfo.InvariantCulture, $"RSS samples (s: MB): {string.Join(", ", rss.Samples.Where((_, i) => i % 5 == 0).Select(s => $"{s.Seconds:0}: {s.Kilobytes / 1024.0:0}"))}");
Console.Write(report);
await File.AppendAllTextAsync(resultsPath, report.ToString());
return errors.Count == 0 ? 0 : 1;
