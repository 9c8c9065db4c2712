using Microsoft.Extensions.Logging;

namespace Warehouse.Scheduler.Server.Auth;

/// <summary>Authentication's log events: who and why, never a password, hash or key.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Changed authentication settings ignored, the previous ones stay in force: {Reason}")]
    public static partial void ConfigurationRefused(ILogger logger, string reason);
}
