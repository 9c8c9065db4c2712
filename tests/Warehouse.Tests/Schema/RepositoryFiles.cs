using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Tests.Schema;

/// <summary>Files of the checkout the tests run from, found by walking up to the folder that holds Warehouse.sln.</summary>
internal static class RepositoryFiles
{
    public const string ManifestFile = "released.sha256";

    public static string MigrationsDirectory { get; } = Path.Combine(FindRoot(), "db", "migrations");

    /// <summary>Every script on disk as <c>engine/file</c>, with forward slashes as in the manifest.</summary>
    public static IReadOnlyList<string> Scripts() =>
        Directory.EnumerateFiles(MigrationsDirectory, "*.sql", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(MigrationsDirectory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The SHA-256 of a script with LF line endings, as <c>sha256sum</c> prints it on a Unix checkout.</summary>
    public static string Sha256(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(MigrationsDirectory, relativePath), new UTF8Encoding(false));
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Warehouse.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Warehouse.sln above {AppContext.BaseDirectory}: the migration guards read the scripts from the checkout.");
    }
}
