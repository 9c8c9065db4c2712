using Warehouse.Loader.Datasets;
using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// For <see cref="BadInputTests"/>: the small sample, and a SQLite warehouse in a working folder where only the sample's
/// honoraires is loaded, so that every rejected file has live facts to leave untouched.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(1);

    public LoaderSampleFixture Sample { get; } = new();

    public string WorkingDirectory { get; private set; } = "";

    public WarehouseTarget Warehouse { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Sample.InitializeAsync();
        WorkingDirectory = Sample.NewFolder("bad-input");
        Warehouse = WarehouseTarget.Sqlite(Path.Combine(WorkingDirectory, "warehouse.db"));
        await Warehouse.MigrateAsync();
        var run = await Warehouse.LoadAsync(Sample.PathOf(DatasetCatalog.Fees));
        if (run.Outcome != LoadOutcome.Succeeded)
        {
            throw new InvalidOperationException($"the good honoraires did not load: {run.Files[0].Message}");
        }
    }

    public Task DisposeAsync() => Sample.DisposeAsync();

    /// <summary>Runs `warehouse load ARGS` on <paramref name="target"/> (default: the fixture's warehouse) as a process.</summary>
    internal Task<ProcessResult> LoadAsync(IEnumerable<string> arguments, WarehouseTarget? target = null) =>
        WarehouseCli.RunAsync(WorkingDirectory, new Dictionary<string, string?>(), CliTimeout, ["load", .. arguments, .. (target ?? Warehouse).CliTarget()]);
}
