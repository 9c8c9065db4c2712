using System.Globalization;
using Xunit.Abstractions;

namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>
/// Hostile input: 2,100 seeded mutants of valid exports (truncation, byte flips, delimiters, quotes, huge fields, invalid
/// UTF-8, BOM and line-ending games) are each either loaded or rejected with a precise message and the warehouse unchanged;
/// never a crash, a hang or a failed load.
/// </summary>
[Trait("Category", "database")]
public sealed class CsvMutationTests(MutationSeeds seeds, ITestOutputHelper output) : IClassFixture<MutationSeeds>
{
    public const int Seed = 20_261_128;
    private const int Cases = 2_100;

    [Fact]
    public async Task Load_OfMutatedExports_LoadsOrRejectsPrecisely_AndNeverCrashesHangsOrChangesTheWarehouseOnRejection()
    {
        var runner = new MutationRunner(seeds, Directory.CreateDirectory(Path.Combine(seeds.Root, "in-process")).FullName);

        var outcomes = await runner.RunAsync(Seed, Cases);

        foreach (var group in outcomes.GroupBy(o => o.Kind))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count()}"));
        }
        foreach (var group in outcomes.Where(o => !o.Mutation.Contains('+', StringComparison.Ordinal)).GroupBy(o => o.Mutation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Key}: {group.Count(o => o.Kind == MutationOutcome.Loaded)} loaded, {group.Count(o => o.Kind == MutationOutcome.Rejected)} rejected"));
        }
        var defects = outcomes.Where(o => o.Kind == MutationOutcome.Defective).ToList();
        Assert.True(defects.Count == 0, $"{defects.Count} defect(s) (mutants kept in {runner.DefectFolder}):\n" +
            string.Join("\n", defects.Take(15).Select(d => $"case {d.Case} ({d.Seed}; {d.Mutation}): {d.Defect}")));
        Assert.Equal(Cases, outcomes.Count);
        Assert.InRange(outcomes.Count(o => o.Kind == MutationOutcome.Loaded), 50, Cases - 1000);
    }
}
