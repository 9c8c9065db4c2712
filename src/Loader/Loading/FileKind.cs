using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Warehouse.Loader.Loading;

/// <summary>
/// Whether a path (links followed) is a regular file. .NET does not tell a FIFO or a device from a file, and opening a FIFO
/// blocks until someone writes to it, so the loader asks the kernel (statx, whose layout is the same on every Linux architecture)
/// before it opens anything.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path);
        }
        var buffer = new byte[256];
        var nulTerminated = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        if (Statx(AtFdCwd, nulTerminated, 0, StatxType, buffer) != 0)
        {
            return false;
        }
        return (BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset)) & TypeMask) == RegularFile;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
