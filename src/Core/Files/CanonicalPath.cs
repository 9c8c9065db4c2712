namespace Warehouse.Core.Files;

/// <summary>
/// A path with every link resolved, component by component: two paths reaching one file through links give the same text, so a
/// lock file named after it is one lock (a link to the warehouse no longer bypasses the load lock).
/// </summary>
public static class CanonicalPath
{
    public static string Of(string path)
    {
        var current = Path.GetFullPath(path);
        // Each pass resolves the links of the path so far; a target may bring links of its own, hence a few passes.
        for (var pass = 0; pass < 8; pass++)
        {
            var resolved = ResolveOnce(current);
            if (string.Equals(resolved, current, StringComparison.Ordinal))
            {
                return current;
            }
            current = resolved;
        }
        return current;
    }

    private static string ResolveOnce(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo? target = null;
            try
            {
                target = Directory.Exists(next) ? Directory.ResolveLinkTarget(next, returnFinalTarget: true)
                    : File.Exists(next) ? File.ResolveLinkTarget(next, returnFinalTarget: true) : null;
            }
            catch (IOException)
            {
                // A broken or looping link: keep the name as it is.
            }
            current = target?.FullName ?? next;
        }
        return current;
    }
}
