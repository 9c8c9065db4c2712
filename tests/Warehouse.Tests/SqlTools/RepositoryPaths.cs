using Warehouse.Tests.Schema;

namespace Warehouse.Tests.SqlTools;

/// <summary>Files of the checkout the tests run from (the folder that holds Warehouse.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryFiles.MigrationsDirectory, "..", ".."));

    public static string Of(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
