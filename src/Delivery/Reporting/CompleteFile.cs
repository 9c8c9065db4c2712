namespace Warehouse.Delivery.Reporting;

/// <summary>
/// Writes a file so that it appears complete or not at all: into a hidden file beside it, renamed over it once written, removed
/// on any failure. A reader of the folder (an agency's mail robot, a user opening the PDF) never sees half a file.
/// IO failures are left to the caller, which knows what to call them.
/// </summary>
internal static class CompleteFile
{
    public static Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> write, CancellationToken cancellationToken = default) =>
        WriteAsync(path, write, forServiceOnly: false, cancellationToken);

    /// <param name="forServiceOnly">The file is created 0600 (<see cref="ServiceFiles"/>): the report history and delivery folders.</param>
    private static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> write, bool forServiceOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var partial = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            T result;
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16, Options = FileOptions.Asynchronous };
            if (forServiceOnly)
            {
                ServiceFiles.Restrict(options);
            }
            await using (var stream = new FileStream(partial, options))
            {
                result = await write(stream);
                await stream.FlushAsync(cancellationToken);
            }
            File.Move(partial, path, overwrite: true);
            return result;
        }
        finally
        {
            DeleteQuietly(partial);
        }
    }

    public static Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken = default) =>
        WriteAsync(path, content, forServiceOnly: false, cancellationToken);

    /// <summary>As <see cref="WriteAsync(string, byte[], CancellationToken)"/>, created for the service user only (0600).</summary>
    public static Task WriteForServiceAsync(string path, byte[] content, CancellationToken cancellationToken = default) =>
        WriteAsync(path, content, forServiceOnly: true, cancellationToken);

    private static Task<bool> WriteAsync(string path, byte[] content, bool forServiceOnly, CancellationToken cancellationToken) =>
        WriteAsync(path, async stream =>
        {
            await stream.WriteAsync(content, cancellationToken);
            return true;
        }, forServiceOnly, cancellationToken);

    /// <summary>The partial file is gone after a successful move; after a failure, its removal must not hide the failure.</summary>
    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
