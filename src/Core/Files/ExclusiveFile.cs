using System.Diagnostics;

namespace Warehouse.Core.Files;

/// <summary>An exclusive lock on a file, across processes, released by the operating system when the holder dies; waited for up to a limit.</summary>
public static class ExclusiveFile
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>The open lock file; null when <paramref name="wait"/> passed without getting it.</summary>
    public static async Task<FileStream?> TryAcquireAsync(string path, TimeSpan wait, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < wait)
            {
                await Task.Delay(Poll, cancellationToken);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
