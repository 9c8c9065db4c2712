using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>
/// Twenty mutants through the real `warehouse load` process: exit 0 (still valid) or 2 with the precise rejection on stderr
/// and the warehouse unchanged; never another exit code or a stack trace.
/// </summary>
[Trait("Category", "process")]
public sealed class CliMutationTests(MutationSeeds seeds) : IClassFixture<MutationSeeds>
{
    private const int Cases = 20;
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task LoadCommand_OfMutatedExports_ExitsZeroOrTwoWithThePreciseMessage()
    {
        var folder = Directory.CreateDirectory(Path.Combine(seeds.Root, "cli")).FullName;
        var mutator = new CsvMutator(CsvMutationTests.Seed + 1);
        var picker = new Random(CsvMutationTests.Seed + 1);
        var rejected = 0;
        for (var i = 0; i < Cases; i++)
        {
            var (seedName, valid) = seeds.Files[picker.Next(seeds.Files.Count)];
            var (mutation, bytes) = mutator.Mutate(valid);
            var path = Path.Combine(folder, $"cli-mutant-{i:D2}.csv");
            await File.WriteAllBytesAsync(path, bytes);
            var before = await WarehouseSnapshot.TakeAsync(seeds.Warehouse);

            var load = await WarehouseCli.RunAsync(folder, new Dictionary<string, string?>(), CliTimeout, ["load", "--from", path, "--force", .. seeds.Warehouse.CliTarget()]);

            var what = $"case {i} ({seedName}; {mutation}): {load.Description}";
            Assert.True(load.ExitCode is 0 or 2, what);
            Assert.DoesNotContain("Unhandled exception", load.StandardError, StringComparison.Ordinal);
            if (load.ExitCode == 2)
            {
                rejected++;
                var message = load.StandardError[load.StandardError.IndexOf("Rejected ", StringComparison.Ordinal)..].TrimEnd();
                Assert.True(RejectionMessage.Check(message, path) is null, $"{RejectionMessage.Check(message, path)}; {what}");
                Assert.Equal(before, await WarehouseSnapshot.TakeAsync(seeds.Warehouse));
            }
        }
        Assert.InRange(rejected, Cases / 2, Cases);
    }
}
