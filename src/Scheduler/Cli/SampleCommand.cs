using System.CommandLine;
using System.Globalization;
using Warehouse.Sample;

namespace Warehouse.Scheduler.Cli;

/// <summary>`warehouse sample`: writes the seven datasets as synthetic exports, with every trap of the real files.</summary>
internal static class SampleCommand
{
    private static readonly Option<string> Out = new("--out")
    {
        Description = "Folder to write the seven CSV files (and SYNTHETIC.txt) into.",
        HelpName = "dir",
        Required = true,
    };

    private static readonly Option<SampleScale> Scale = new("--scale")
    {
        Description = "small: a few régions and years, loads in seconds; full: the real row counts (~4.3 million rows, 2010–2024).",
        DefaultValueFactory = _ => SampleScale.Small,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "Seed of the generator: the same seed gives the same bytes.",
        DefaultValueFactory = _ => 1,
    };

    private static readonly Option<SampleVariant> Variant = new("--variant")
    {
        Description = "api: one BOM, LF, field names; browser: two BOMs, CRLF, label headers.",
        DefaultValueFactory = _ => SampleVariant.Api,
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("sample", "Write a synthetic sample of the seven datasets in the exact data.ameli export format (marked as synthetic).");
        command.Options.Add(Out);
        command.Options.Add(Scale);
        command.Options.Add(Seed);
        command.Options.Add(Variant);
        command.SetAction((parseResult, cancellationToken) => context.RunWithoutWarehouseAsync(async output =>
        {
            var options = new SampleOptions(parseResult.GetValue(Out)!, parseResult.GetValue(Scale), parseResult.GetValue(Seed), parseResult.GetValue(Variant));
            var files = await SampleGenerator.GenerateAsync(options, new Progress<string>(line => output.WriteLine(line)), cancellationToken);
            foreach (var file in files)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file.Path}  {file.Rows,10:N0} rows  {file.Bytes,14:N0} bytes"));
            }
            await output.WriteLineAsync($"Wrote {files.Count} synthetic files to {Path.GetFullPath(options.OutputDirectory)}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
