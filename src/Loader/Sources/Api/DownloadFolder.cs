using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Warehouse.Loader.Sources.Api;

/// <summary>
/// The temporary folder of one API load, readable by the service user only, removed when the load ends — normally, failed
/// or cancelled. A process killed outright cannot remove it: its folder carries its process id, and the next API load removes
/// the folders of processes that no longer run.
/// </summary>
public sealed class DownloadFolder : IDisposable
{
    private const string Prefix = "warehouse-download-";

    private DownloadFolder(string path) => Path = path;

    public string Path { get; }

    public static DownloadFolder Create()
    {
        RemoveAbandoned();
        var name = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return new DownloadFolder(path);
    }

    public void Dispose() => DeleteQuietly(Path);

    private static void RemoveAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), Prefix + "*"))
        {
            var rest = System.IO.Path.GetFileName(folder)[Prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                DeleteQuietly(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another user's folder, or one in use: not ours to remove.
        }
    }
}
