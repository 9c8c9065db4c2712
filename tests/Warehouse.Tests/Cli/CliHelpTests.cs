using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Cli;

/// <summary>`--help` on the root and on every verb: usage on stdout, exit 0, nothing done.</summary>
[Trait("Category", "process")]
public sealed class CliHelpTests
{
    private static readonly string[] Verbs = ["migrate", "status", "load", "sample"];

    [Fact]
    public async Task RootHelp_ExitsZeroWithUsageListingEveryVerb_WhenAsked()
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, "--help");

        CliAssert.Succeeds(result);
        Assert.StartsWith("warehouse", UsageLine(result), StringComparison.Ordinal);
        Assert.All(Verbs, verb => Assert.Contains(CliOutput.Lines(result.StandardOutput), line => line.TrimStart().StartsWith(verb + " ", StringComparison.Ordinal)));
        Assert.Empty(directory.Entries());
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("status")]
    [InlineData("load")]
    [InlineData("sample")]
    public async Task VerbHelp_ExitsZeroWithUsageOfThatVerb_WhenAsked(string verb)
    {
        using var directory = new TempWorkingDirectory();

        var result = await WarehouseCli.RunAsync(directory.Root, verb, "--help");

        CliAssert.Succeeds(result);
        Assert.StartsWith($"warehouse {verb}", UsageLine(result), StringComparison.Ordinal);
        Assert.Empty(directory.Entries());
    }

    /// <summary>The line under "Usage:".</summary>
    private static string UsageLine(ProcessResult result)
    {
        var lines = CliOutput.Lines(result.StandardOutput);
        var usage = lines.ToList().IndexOf("Usage:");
        Assert.True(usage >= 0 && usage + 1 < lines.Count, $"Expected a \"Usage:\" section.\n{result.Description}");
        return lines[usage + 1].Trim();
    }
}
