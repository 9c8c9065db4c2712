using Warehouse.Core.Text;

namespace Warehouse.Scheduler.Web;

/// <summary>The portal's and the API's log events.</summary>
internal static partial class WebLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered {Title} ({Format}, {Bytes} bytes) in {Milliseconds} ms for {User}; history #{ArchiveId}")]
    public static partial void Rendered(ILogger logger, string title, string format, int bytes, long milliseconds, string user, long archiveId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Extract {FileName}: {Rows} rows in {Milliseconds} ms for {User}")]
    public static partial void Extracted(ILogger logger, string fileName, long rows, long milliseconds, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Extract {FileName}: {Bytes} bytes from the extract cache in {Milliseconds} ms for {User}")]
    public static partial void ExtractServed(ILogger logger, string fileName, long bytes, long milliseconds, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Render request refused for {User}: {Reason}")]
    public static partial void Refused(ILogger logger, string user, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal sign-in of {User}: {Outcome}")]
    public static partial void SignIn(ILogger logger, Untrusted user, string outcome);
}
