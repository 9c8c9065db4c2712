using System.Text;

namespace Warehouse.Tests.SqlTools;

/// <summary>
/// Committed files that are generated from the data dictionary: a test fails when one is stale, and rewrites it instead when
/// WAREHOUSE_REGENERATE=1 is set.
/// </summary>
internal static class GeneratedFiles
{
    public const string RegenerateVariable = "WAREHOUSE_REGENERATE";

    public const string RegenerateCommand = $"{RegenerateVariable}=1 dotnet test Warehouse.sln -c Release --filter \"FullyQualifiedName~SqlTools\"";

    public static void AssertCurrent(string relativePath, string expected)
    {
        var path = RepositoryPaths.Of(relativePath);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        Assert.True(actual == expected, $"{relativePath} is not what the data dictionary generates ({FirstDifference(expected, actual)}). "
            + $"Regenerate it: {RegenerateCommand}");
    }

    private static string FirstDifference(string expected, string? actual)
    {
        if (actual is null)
        {
            return "the file is missing";
        }
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var want = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var have = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (want != have)
            {
                return $"line {i + 1}: expected \"{want}\", found \"{have}\"";
            }
        }
        return "same lines";
    }
}
