using Warehouse.Loader.Runs;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>The mutants the loader once got wrong (Fixtures/Mutations): each is now rejected precisely, the warehouse unchanged.</summary>
[Trait("Category", "database")]
public sealed class MutationRegressionTests(MutationSeeds seeds) : IClassFixture<MutationSeeds>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mutations");

    public static TheoryData<string> Fixtures => [.. Directory.GetFiles(Folder, "*.csv").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Load_OfAnEarlierDefect_IsRejectedPrecisely_AndTheWarehouseUnchanged(string fixture)
    {
        var path = Path.Combine(Folder, fixture);
        var before = await WarehouseSnapshot.TakeAsync(seeds.Warehouse);

        var result = await seeds.Warehouse.LoadAsync(path, new Warehouse.Loader.Loading.LoadOptions { Force = true });

        var file = Assert.Single(result.Files);
        Assert.True(file.Outcome == LoadOutcome.Rejected, $"{file.Outcome}: {file.Message}");
        Assert.Null(RejectionMessage.Check(file.Message!, path));
        Assert.Matches(fixture.StartsWith("nul-", StringComparison.Ordinal)
            ? $"REJECT {fixture} line 31 column taux_depassement: \"n<U\\+0000>on\" — contains a control character"
            : $"REJECT {fixture} line \\d+ column \\w+: \".*\" — not valid UTF-8", file.Message!);
        Assert.Equal(before, await WarehouseSnapshot.TakeAsync(seeds.Warehouse));
    }
}
