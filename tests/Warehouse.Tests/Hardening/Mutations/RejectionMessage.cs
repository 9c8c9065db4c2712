using System.Text.RegularExpressions;

namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>
/// Checks that a rejection message is precise: it names the file, and every listed problem names the file and a line
/// (file-wide problems excepted), then the column and value where there is one. Returns what is wrong, or null.
/// </summary>
internal static partial class RejectionMessage
{
    private static readonly string[] FileWideReasons =
    [
        "the file is empty", "the file is truncated", "the file has a header but no data rows", "the download is incomplete",
    ];

    public static string? Check(string message, string path)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = Path.GetFileName(path);
        if (!message.StartsWith($"Rejected {path}: ", StringComparison.Ordinal))
        {
            return "does not start with \"Rejected <path>: \"";
        }
        var problems = message.Split('\n').Skip(1).Where(l => !l.StartsWith("  … and ", StringComparison.Ordinal)).ToList();
        if (problems.Count == 0)
        {
            return "lists no problem";
        }
        foreach (var problem in problems)
        {
            var match = Problem().Match(problem);
            if (!match.Success || match.Groups["file"].Value != name)
            {
                return $"problem line not in the \"REJECT <file> line N column C: value — reason\" form: {problem}";
            }
            var reason = match.Groups["reason"].Value;
            if (!match.Groups["line"].Success && !FileWideReasons.Any(r => reason.Contains(r, StringComparison.Ordinal)))
            {
                return $"problem without a line number: {problem}";
            }
        }
        return null;
    }

    [GeneratedRegex(@"^  REJECT (?<file>\S+)(?: line (?<line>\d+))?(?: column (?<column>\S+))?(?:: (?<value>.*?))? — (?<reason>.+)$", RegexOptions.Singleline)]
    private static partial Regex Problem();
}
