using System.CommandLine;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Delivery.Reporting;
using Warehouse.Reports.Extracts;

namespace Warehouse.Scheduler.Cli;

/// <summary>
/// `warehouse extract`: one dataset or a territory pack, filtered, as XLSX or CSV for French Excel. Only --out becomes a
/// file path; the file appears when the extract is complete (written next to it, then renamed).
/// </summary>
internal static class ExtractCommand
{
    private static readonly Option<string?> Dataset = new("--dataset")
    {
        Description = $"The dataset: {string.Join(", ", ExtractParameters.DatasetNames)}, or its data.ameli id.",
        HelpName = "name",
    };

    private static readonly Option<bool> Pack = new("--pack")
    {
        Description = "A territory pack: every dataset for the --territory given (one sheet per dataset, or one CSV per dataset in a zip).",
    };

    private static readonly Option<string[]> Territory = new("--territory")
    {
        Description = "FR, a région or département code (84, 2A, 971; R84 / D84 where a code is both) or a label; repeatable or comma-separated. Default: all.",
        HelpName = "code",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<bool> WithDepartements = new("--with-departements")
    {
        Description = "A région also brings its départements (a bare code such as 84 then means the région).",
    };

    private static readonly Option<string?> Years = new("--years")
    {
        Description = "A year, a range or a list: 2024, 2019-2024, 2019,2021. Default: every loaded year.",
        HelpName = "years",
    };

    private static readonly Option<string[]> Profession = new("--profession")
    {
        Description = "A profession label, short label or key; repeatable or comma-separated. Default: all.",
        HelpName = "profession",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<bool> WithSubProfessions = new("--with-sub-professions")
    {
        Description = "A profession also brings everything under it (e.g. « Ensemble des médecins » brings every médecin).",
    };

    private static readonly Option<bool> NoAggregates = new("--no-aggregates")
    {
        Description = "Leave out aggregate rows (« Ensemble des … », « tout sexe », « total postes de prescriptions »).",
    };

    private static readonly Option<string?> Format = new("--format")
    {
        Description = "xlsx or csv. Default: from the --out extension (.xlsx, .csv, .zip for a CSV pack).",
        HelpName = "xlsx|csv",
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "The file to write (replaced if it exists).",
        HelpName = "file",
        Required = true,
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("extract", "Write an extract for Excel: one dataset or a territory pack, filtered by years, territories and professions.");
        foreach (var option in new Option[] { Dataset, Pack, Territory, WithDepartements, Years, Profession, WithSubProfessions, NoAggregates, Format, Out })
        {
            command.Options.Add(option);
        }
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var outPath = Path.GetFullPath(parseResult.GetValue(Out)!, context.WorkingDirectory);
            var pack = parseResult.GetValue(Pack);
            var request = new ExtractRequest(
                parseResult.GetValue(Dataset),
                pack,
                ExtractParameters.ParseYears(parseResult.GetValue(Years)),
                ExtractParameters.ParseList(parseResult.GetValue(Territory)),
                parseResult.GetValue(WithDepartements),
                ExtractParameters.ParseList(parseResult.GetValue(Profession)),
                parseResult.GetValue(WithSubProfessions),
                !parseResult.GetValue(NoAggregates),
                FormatOf(parseResult.GetValue(Format), outPath, pack));

            var service = new ExtractService(WarehouseEngines.Create(settings));
            var result = await WriteFileAsync(outPath, stream => service.WriteAsync(request, stream, cancellationToken));
            foreach (var dataset in result.Datasets)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{dataset.ShortName,-14} {dataset.Rows,10:N0} rows"));
            }
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.RowCount:N0} rows to {outPath}{(result.IsSynthetic ? " (SYNTHETIC data)" : string.Empty)}."));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes the extract complete or not at all (see <see cref="CompleteFile"/>).</summary>
    private static async Task<ExtractResult> WriteFileAsync(string path, Func<Stream, Task<ExtractResult>> write)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            throw new WarehouseException($"The folder of --out does not exist: {folder}", isUserError: true);
        }
        try
        {
            return await CompleteFile.WriteAsync(path, write);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new WarehouseException($"Cannot write {path}: {e.Message}", isUserError: true, e);
        }
    }

    private static ExtractFormat FormatOf(string? format, string outPath, bool pack)
    {
        var fromName = ExtractParameters.FormatFromFileName(outPath);
        var chosen = format is null
            ? fromName ?? throw new WarehouseException(
                $"Cannot tell the format from '{Path.GetFileName(outPath)}': name the file .xlsx, .csv (.zip for a CSV pack) or give --format.", isUserError: true)
            : ExtractParameters.ParseFormat(format);
        if (fromName is { } implied && implied != chosen)
        {
            throw new WarehouseException($"--format {format} does not match the file name '{Path.GetFileName(outPath)}'.", isUserError: true);
        }
        var expected = ExtractParameters.FileExtension(chosen, pack);
        if (fromName is not null && !string.Equals(Path.GetExtension(outPath), expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new WarehouseException($"This extract is a {expected} file: name --out '{Path.GetFileNameWithoutExtension(outPath)}{expected}'.", isUserError: true);
        }
        return chosen;
    }
}
