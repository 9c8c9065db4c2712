namespace Warehouse.Delivery.Reporting;

/// <summary>
/// The server's own data (report history, delivery folders, the Hangfire SQLite file, the demo folder) is created for the
/// service user only: folders 0700, files 0600. The warehouse file is left to the administrator's umask, since SQL readers of a
/// SQLite warehouse open it themselves.
/// </summary>
internal static class ServiceFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>New files of these options are created 0600.</summary>
    public static void Restrict(FileStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }
    }

    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, DirectoryMode);
        }
    }

    /// <summary>Creates an empty 0600 file where a library (Hangfire's SQLite storage) would otherwise create a 0644 one.</summary>
    public static void CreateFileIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return;
        }
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        Restrict(options);
        try
        {
            using var _ = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first.
        }
    }
}
