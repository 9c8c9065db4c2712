using Warehouse.Core.Files;

namespace Warehouse.Loader.Loading;

/// <summary>
/// Whether a path (links followed) is a regular file, asked of the kernel before anything is opened: .NET does not tell a FIFO
/// or a device from a file, and opening a FIFO blocks until someone writes to it.
/// </summary>
internal static class FileKind
{
    public static bool IsRegular(string path) => FileStatus.Of(path)?.IsRegular ?? false;
}
