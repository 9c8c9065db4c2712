using System.Diagnostics;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Briefings.Documents;

// Renders the territory briefing of every département of a loaded warehouse and reports time per PDF and size.
// Usage: dotnet run -c Release --project bench/render -- "Data Source=/path/warehouse.db" [output.md]
if (args.Length < 1)
{
    Console.Error.WriteLine("Usage: Warehouse.Bench.Render <sqlite connection string> [results.md]");
    return 2;
}
var engine = WarehouseEngines.Create(new WarehouseSettings(EngineKind.Sqlite, args[0]));
List<string> codes;
await using (var connection = await engine.OpenAsync())
{
    codes = [.. (await ReferenceDimensions.LoadAsync(connection)).Territories.Where(t => t.IsDepartement).Select(t => t.DepartementCode)];
}

// Warm-up: the first document pays for JIT, font loading and the map atlas.
TerritoryBriefingDocument.Compose(await TerritoryBriefingBuilder.BuildAsync(engine, codes[0], null)).RenderToBytes();

var samples = new List<(string Code, double QueryMs, double RenderMs, int Bytes, int Pages)>();
foreach (var code in codes)
{
    var clock = Stopwatch.StartNew();
    var model = await TerritoryBriefingBuilder.BuildAsync(engine, code, null);
    var query = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    using var output = new MemoryStream();
    var rendered = TerritoryBriefingDocument.Compose(model).Render(output);
    samples.Add((code, query, clock.Elapsed.TotalMilliseconds, (int)output.Length, rendered.PageCount));
}

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}

var totals = samples.Select(s => s.QueryMs + s.RenderMs).ToList();
var lines = new List<string>
{
    $"Territory briefings rendered: {samples.Count} départements, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}",
    "",
    "| measure | median | p95 | max |",
    "|---|---:|---:|---:|",
    Row("queries (model from SQLite), ms", samples.Select(s => s.QueryMs)),
    Row("layout + PDF rendering, ms", samples.Select(s => s.RenderMs)),
    Row("total per PDF, ms", totals),
    Row("PDF size, KB", samples.Select(s => s.Bytes / 1024.0)),
    Row("pages", samples.Select(s => (double)s.Pages)),
    "",
    $"Targets: median total < 150 ms: {(Percentile(totals, 0.5) < 150 ? "PASS" : "FAIL")}; size < 400 KB: {(samples.Max(s => s.Bytes) < 400 * 1024 ? "PASS" : "FAIL")} (largest {samples.Max(s => s.Bytes) / 1024.0:0} KB).",
};
foreach (var line in lines)
{
    Console.WriteLine(line);
}
if (args.Length > 1)
{
    await File.WriteAllLinesAsync(args[1], lines);
}
return 0;

string Row(string name, IEnumerable<double> values)
{
    var list = values.ToList();
    return string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(list, 0.5):0.0} | {Percentile(list, 0.95):0.0} | {list.Max():0.0} |");
}
