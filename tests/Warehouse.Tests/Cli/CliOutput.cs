namespace Warehouse.Tests.Cli;

/// <summary>Reads the plain-text output of the CLI.</summary>
internal static class CliOutput
{
    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToList();

    public static string FirstLine(string text) => Lines(text) is [var first, ..] ? first : string.Empty;

    /// <summary>The script names `migrate` lists under its header, one per indented line.</summary>
    public static IReadOnlyList<string> ListedScripts(string stdout) =>
        Lines(stdout).Where(line => line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line.Trim()).ToList();
}
