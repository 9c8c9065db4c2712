using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Warehouse.Core.Files;

/// <summary>
/// What the kernel says of a path, links followed: whether it is a regular file, and its identity (device and inode), which
/// changes when the file is deleted and another one takes its name. .NET tells neither. Linux only (statx, whose layout is the
/// same on every architecture); elsewhere <see cref="Of"/> answers from File.Exists with no identity.
/// </summary>
public sealed record FileStatus(bool IsRegular, string? Identity)
{
    private const int AtFdCwd = -100;
    private const uint StatxTypeAndInode = 0x1 | 0x100;
    private const int ModeOffset = 28;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>Null when nothing is at the path.</summary>
    public static FileStatus? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path) ? new FileStatus(true, null) : null;
        }
        var buffer = new byte[256];
        if (Statx(AtFdCwd, System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0, StatxTypeAndInode, buffer) != 0)
        {
            return null;
        }
        var span = buffer.AsSpan();
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(span[ModeOffset..]);
        var identity = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{BinaryPrimitives.ReadUInt32LittleEndian(span[DeviceMajorOffset..])}:{BinaryPrimitives.ReadUInt32LittleEndian(span[DeviceMinorOffset..])}:{BinaryPrimitives.ReadUInt64LittleEndian(span[InodeOffset..])}");
        return new FileStatus((mode & TypeMask) == RegularFile, identity);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
