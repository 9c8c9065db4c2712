using System.CommandLine;
using System.Diagnostics;
using Warehouse.Core;
using Warehouse.Core.Engines;
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
        Description = "PDF file to write.",
        HelpName = "file",
        Required = true,
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("report", "Render a briefing as PDF (French, A4, with charts and maps).");
        var code = new Option<string>("--code")
        {
            Description = "FR (France), R<code> for a région (e.g. R84), or a département code (e.g. 2A, 971).",
            Required = true,
        };
        var territory = new Command("territory", "Territory briefing: a département, a région or France.");
        territory.Options.Add(code);
        territory.Options.Add(Year);
        territory.Options.Add(Out);
        territory.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, (settings, output) =>
            RenderAsync(output, parseResult.GetValue(Out)!, async () => TerritoryBriefingDocument.Compose(
                await TerritoryBriefingBuilder.BuildAsync(WarehouseEngines.Create(settings), parseResult.GetValue(code)!, parseResult.GetValue(Year), cancellationToken)))));

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

    private static async Task<int> RenderAsync(TextWriter output, string path, Func<Task<Reports.Rendering.PdfReport>> compose)
    {
        var clock = Stopwatch.StartNew();
        var report = await compose();
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await using var file = File.Create(full);
            var rendered = report.Render(file);
            await output.WriteLineAsync($"Wrote {full}: {rendered.PageCount} pages, {file.Length / 1024:N0} KB, {clock.ElapsedMilliseconds:N0} ms.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseException($"Cannot write {full}: {e.Message}", isUserError: true, e);
        }
        return ExitCodes.Success;
    }
}
