using System.CommandLine;
using System.Diagnostics;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Delivery.Reporting;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Briefings.Documents;

namespace Warehouse.Scheduler.Cli;

/// <summary>`warehouse report territory|profession`: renders a PDF briefing.</summary>
internal static class ReportCommand
{
    private static readonly Option<int?> Year = new("--year")
    {
        Description = "Year of the briefing. Default: the latest loaded year.",
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "File to write (.pdf, or .xlsx for the companion workbook of a territory briefing).",
        HelpName = "file",
        Required = true,
    };

    private static readonly Option<string?> Format = new("--format")
    {
        Description = "pdf (default) or xlsx: the companion workbook of a territory briefing (every dataset for the territory, its région and France, last six years).",
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("report", "Render a briefing as PDF (French, A4, with charts and maps).");
        var code = new Option<string>("--code")
        {
            Description = "FR (France), R<code> for a région (e.g. R84), or a département code (e.g. 2A, 971).",
            Required = true,
        };
        var mapProfession = new Option<string?>("--map-profession")
        {
            Description = "Profession whose density shades the map (default: Ensemble des médecins généralistes).",
        };
        var territory = new Command("territory", "Territory briefing: a département, a région or France.");
        territory.Options.Add(code);
        territory.Options.Add(mapProfession);
        territory.Options.Add(Year);
        territory.Options.Add(Out);
        territory.Options.Add(Format);
        territory.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, (settings, output) =>
            IsWorkbook(parseResult)
                ? CompanionAsync(output, WarehouseEngines.Create(settings), parseResult.GetValue(code)!, parseResult.GetValue(Year), parseResult.GetValue(Out)!, cancellationToken)
                : RenderAsync(output, parseResult.GetValue(Out)!, async () => TerritoryBriefingDocument.Compose(
                    await TerritoryBriefingBuilder.BuildAsync(WarehouseEngines.Create(settings), parseResult.GetValue(code)!, parseResult.GetValue(Year), parseResult.GetValue(mapProfession), cancellationToken)))));

        var profession = new Option<string>("--profession")
        {
            Description = "A profession label as published (e.g. \"Infirmiers\", \"Ensemble des médecins généralistes\").",
            Required = true,
        };
        var professionCommand = new Command("profession", "Profession briefing: national trend, map of the 101 départements, structure, activity.");
        professionCommand.Options.Add(profession);
        professionCommand.Options.Add(Year);
        professionCommand.Options.Add(Out);
        professionCommand.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, (settings, output) =>
            RenderAsync(output, parseResult.GetValue(Out)!, async () => ProfessionBriefingDocument.Compose(
                await ProfessionBriefingBuilder.BuildAsync(WarehouseEngines.Create(settings), parseResult.GetValue(profession)!, parseResult.GetValue(Year), cancellationToken)))));

        command.Subcommands.Add(territory);
        command.Subcommands.Add(professionCommand);
        return command;
    }

    private static bool IsWorkbook(ParseResult parseResult) => parseResult.GetValue(Format)?.ToLowerInvariant() switch
    {
        null => parseResult.GetValue(Out)!.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase),
        "xlsx" => true,
        "pdf" => false,
        var other => throw new WarehouseException($"Unknown format \"{other}\": use pdf or xlsx.", isUserError: true),
    };

    private static async Task<int> CompanionAsync(TextWriter output, Core.Engines.IWarehouseEngine engine, string code, int? year, string path, CancellationToken cancellationToken)
    {
        var request = await BriefingCompanion.TerritoryAsync(engine, code, year, cancellationToken);
        var full = Path.GetFullPath(path);
        var result = await WriteAsync(full, file => new Reports.Extracts.ExtractService(engine).WriteAsync(request, file, cancellationToken));
        await output.WriteLineAsync($"Wrote {full}: {result.RowCount:N0} rows in {string.Join(", ", result.Parts)}.");
        return ExitCodes.Success;
    }

    private static async Task<int> RenderAsync(TextWriter output, string path, Func<Task<Reports.Rendering.PdfReport>> compose)
    {
        var clock = Stopwatch.StartNew();
        var report = await compose();
        var full = Path.GetFullPath(path);
        var (pages, bytes) = await WriteAsync(full, file => Task.FromResult((report.Render(file).PageCount, file.Length)));
        await output.WriteLineAsync($"Wrote {full}: {pages} pages, {bytes / 1024:N0} KB, {clock.ElapsedMilliseconds:N0} ms.");
        return ExitCodes.Success;
    }

    /// <summary>The file appears complete or not at all: a failed render leaves no truncated briefing behind.</summary>
    private static async Task<T> WriteAsync<T>(string full, Func<Stream, Task<T>> write)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            return await CompleteFile.WriteAsync(full, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseException($"Cannot write {full}: {e.Message}", isUserError: true, e);
        }
    }
}
