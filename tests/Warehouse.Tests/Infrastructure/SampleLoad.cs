using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Loader.Loading;
using Warehouse.Loader.Runs;
using Warehouse.Sample;

namespace Warehouse.Tests.Infrastructure;

/// <summary>Generates the small synthetic sample (seed 1) and loads it into a warehouse, as `warehouse sample` + `load` would.</summary>
internal static class SampleLoad
{
    public static async Task GenerateAsync(string folder) => await SampleGenerator.GenerateAsync(new SampleOptions(folder));

    public static async Task<IWarehouseEngine> LoadAsync(WarehouseSettings settings, string sampleFolder)
    {
        var engine = WarehouseEngines.Create(settings);
        await new Migrator(engine).ApplyAsync();
        var run = await new LoadService(engine, new LoadOptions(), new SilentLoadReporter()).LoadPathAsync(sampleFolder, LoadTrigger.Cli);
        Assert.True(run.ExitCode == 0, $"Loading the sample failed: {run.Outcome}");
        return engine;
    }
}
