namespace Warehouse.Reports.Extracts.Writing;

/// <summary>A temporary file readable by this user only (0600), deleted when its stream is closed, even after a failure.</summary>
internal static class PrivateTempFile
{
    public static FileStream Create()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
            BufferSize = 64 * 1024,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return new FileStream(Path.Combine(Path.GetTempPath(), "warehouse-extract-" + Guid.NewGuid().ToString("N") + ".xlsx"), options);
    }
}
