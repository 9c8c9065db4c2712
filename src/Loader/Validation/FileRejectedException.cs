using System.Globalization;
using System.Text;
using Warehouse.Core;

namespace Warehouse.Loader.Validation;

/// <summary>A file rejected as a whole: bad input (exit code 2). The message lists the first 20 problems and counts the rest.</summary>
public sealed class FileRejectedException : WarehouseException
{
    public const int ProblemsShown = 20;

    public FileRejectedException(string filePath, ProblemLog problems)
        : base(Describe(filePath, problems), isUserError: true)
    {
        FilePath = filePath;
        Problems = problems;
    }

    public string FilePath { get; }

    public ProblemLog Problems { get; }

    private static string Describe(string filePath, ProblemLog problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var name = Path.GetFileName(filePath);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Rejected {filePath}: {problems.Count:N0} problem(s); nothing was loaded.");
        foreach (var problem in problems.Kept.Take(ProblemsShown))
        {
            builder.Append('\n').Append("  REJECT ").Append(problem.Describe(name));
        }
        if (problems.Count > ProblemsShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n  … and {problems.Count - ProblemsShown:N0} more problem(s).");
        }
        return builder.ToString();
    }
}
