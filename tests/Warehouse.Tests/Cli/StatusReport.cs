using System.Globalization;

namespace Warehouse.Tests.Cli;

/// <summary>What `warehouse status` printed, read back into fields.</summary>
internal sealed record StatusReport(
    string Engine,
    string Database,
    bool DatabaseMissing,
    int Applied,
    int Pending,
    IReadOnlyDictionary<string, long> FactRows,
    string LastLoad)
{
    private const string MissingMarker = " (does not exist yet";

    public static StatusReport Parse(string stdout)
    {
        var lines = CliOutput.Lines(stdout);
        var database = Field(lines, "Database", stdout);
        var missing = database.Contains(MissingMarker, StringComparison.Ordinal);
        var migrations = Field(lines, "Migrations", stdout).Split(',', StringSplitOptions.TrimEntries);
        var facts = new Dictionary<string, long>(StringComparer.Ordinal);
        var factsHeader = lines.ToList().IndexOf("Facts:");
        if (factsHeader >= 0)
        {
            foreach (var line in lines.Skip(factsHeader + 1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)))
            {
                var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                facts[cells[0]] = long.Parse(cells[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
        }
        return new StatusReport(
            Field(lines, "Engine", stdout),
            missing ? database[..database.IndexOf(MissingMarker, StringComparison.Ordinal)] : database,
            missing,
            Count(migrations, "applied", stdout),
            Count(migrations, "pending", stdout),
            facts,
            Field(lines, "Last load", stdout));
    }

    private static string Field(IReadOnlyList<string> lines, string name, string stdout) =>
        lines.FirstOrDefault(line => line.StartsWith(name + ":", StringComparison.Ordinal)) is { } line
            ? line[(name.Length + 1)..].Trim()
            : throw new InvalidOperationException($"`status` printed no \"{name}:\" line:\n{stdout}");

    private static int Count(string[] parts, string what, string stdout) =>
        parts.FirstOrDefault(part => part.EndsWith(" " + what, StringComparison.Ordinal)) is { } part
            ? int.Parse(part[..^(what.Length + 1)], CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"`status` printed no \"N {what}\" count:\n{stdout}");
}
