using Warehouse.Delivery.Reporting;
using Warehouse.Scheduler.Settings;

namespace Warehouse.Scheduler.Web;

/// <summary>
/// Extracts kept once per cache key (their filters and the data version: <see cref="CacheKeys"/>) under
/// &lt;archive&gt;/extracts, so the next identical request streams a file instead of querying the facts again. A new
/// release changes every key; the folder keeps at most <see cref="MaxTotalBytes"/>, the least recently served first out.
/// An extract larger than <see cref="MaxFileBytes"/> is streamed and not kept. Files 0600, names made of the key only.
/// </summary>
public sealed class ExtractCache(ServerOptions options)
{
    public const long MaxFileBytes = 32L << 20;
    public const long MaxTotalBytes = 512L << 20;

    private string Directory => Path.Combine(options.ArchiveDirectory, "extracts");

    /// <summary>The kept file of a key, marked as just served; null when there is none.</summary>
    public FileStream? Open(string key, string extension)
    {
        var path = PathOf(key, extension);
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A new file to write an extract into while it is sent; <see cref="KeepAsync"/> or <see cref="DiscardAsync"/> it after.</summary>
    public FileStream CreatePending()
    {
        ServiceFiles.CreateDirectory(Directory);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous, BufferSize = 64 * 1024 };
        ServiceFiles.Restrict(fileOptions);
        return new FileStream(Path.Combine(Directory, Guid.NewGuid().ToString("N") + ".part"), fileOptions);
    }

    public async Task KeepAsync(FileStream pending, string key, string extension)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var path = pending.Name;
        await pending.DisposeAsync();
        File.Move(path, PathOf(key, extension), overwrite: true);
        Trim();
    }

    public static async Task DiscardAsync(FileStream pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var path = pending.Name;
        await pending.DisposeAsync();
        File.Delete(path);
    }

    private void Trim()
    {
        var files = new DirectoryInfo(Directory).GetFiles("*.*").Where(f => f.Extension != ".part").OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        long total = 0;
        foreach (var file in files)
        {
            total += file.Length;
            if (total > MaxTotalBytes)
            {
                file.Delete();
            }
        }
    }

    /// <summary>A key is SHA-256 hex and the extension one of the extract formats: nothing a user typed becomes a path.</summary>
    private string PathOf(string key, string extension)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower) || extension is not (".xlsx" or ".csv" or ".zip"))
        {
            throw new ArgumentException($"Not an extract cache key: {key}{extension}", nameof(key));
        }
        return Path.Combine(Directory, key + extension);
    }
}
