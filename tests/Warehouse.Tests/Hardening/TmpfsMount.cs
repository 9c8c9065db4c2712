using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>A small tmpfs mounted on an empty folder (needs root, or CAP_SYS_ADMIN): a disk that really fills up.</summary>
internal sealed class TmpfsMount : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    /// <summary>Null (with the reason) when this machine does not let the tests mount.</summary>
    public static async Task<(TmpfsMount? Mount, string? Reason)> TryMountAsync(string path, int megabytes)
    {
        ProcessResult mount;
        try
        {
            mount = await ProcessRunner.RunAsync("mount", ["-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path], path, CommandTimeout, new Dictionary<string, string?>());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"cannot run mount: {e.Message}");
        }
        return mount.ExitCode == 0 ? (new TmpfsMount(path), null) : (null, $"cannot mount a tmpfs here: {mount.Description}");
    }

    /// <summary>Fills the file system up to <paramref name="leftBytes"/> free bytes with one file, and returns its path.</summary>
    public string Fill(long leftBytes)
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        var free = new DriveInfo(Path).AvailableFreeSpace;
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write);
        var block = new byte[1 << 20];
        for (var left = free - leftBytes; left > 0; left -= block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
        }
        return filler;
    }

    public async ValueTask DisposeAsync()
    {
        var unmount = await ProcessRunner.RunAsync("umount", ["-l", Path], System.IO.Path.GetTempPath(), CommandTimeout, new Dictionary<string, string?>());
        Assert.True(unmount.ExitCode == 0, unmount.Description);
    }
}
