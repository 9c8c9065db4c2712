using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Cli;

/// <summary>Assertions on a run of the CLI that print the whole run when they fail.</summary>
internal static class CliAssert
{
    public static void ExitCode(int expected, ProcessResult result) =>
        Assert.True(result.ExitCode == expected, $"Expected exit code {expected}.\n{result.Description}");

    /// <summary>The first stderr line is one sentence for a human: no exception type, no stack trace.</summary>
    public static string FailsWithSentence(int expectedExitCode, ProcessResult result)
    {
        ExitCode(expectedExitCode, result);
        var first = CliOutput.FirstLine(result.StandardError);
        Assert.False(string.IsNullOrWhiteSpace(first), $"Expected a sentence on stderr.\n{result.Description}");
        Assert.True(char.IsUpper(first[0]), $"Expected the first stderr line to start a sentence: {first}");
        Assert.DoesNotContain("Exception", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(CliOutput.Lines(result.StandardError), line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return first;
    }

    public static void Succeeds(ProcessResult result)
    {
        ExitCode(0, result);
        Assert.True(result.StandardError.Length == 0, $"Expected nothing on stderr.\n{result.Description}");
    }
}
