using System.Net;
using Warehouse.Core.Text;

namespace Warehouse.Scheduler.Auth;

/// <summary>Authentication's log events: who, from where and why, never a password, hash or key.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Changed authentication settings ignored, the previous ones stay in force: {Reason}")]
    public static partial void ConfigurationRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication refused ({Method}) for {User} from {Address}")]
    public static partial void Refused(ILogger logger, string method, Untrusted user, IPAddress? address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication throttled ({Method}) for {User} from {Address}: too many failures, retry in {Seconds} s")]
    public static partial void Throttled(ILogger logger, string method, Untrusted user, IPAddress? address, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication turned away ({Method}) for {User} from {Address}: every password check is busy")]
    public static partial void Busy(ILogger logger, string method, Untrusted user, IPAddress? address);

    /// <summary>Logs what an attempt that did not succeed gave.</summary>
    public static void Outcome(ILogger logger, SignInOutcome outcome, string method, string? user, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Throttled is { } wait)
        {
            Throttled(logger, method, new Untrusted(user), address, (int)Math.Ceiling(wait.TotalSeconds));
        }
        else if (outcome.Busy)
        {
            Busy(logger, method, new Untrusted(user), address);
        }
        else if (outcome.Principal is null)
        {
            Refused(logger, method, new Untrusted(user), address);
        }
    }
}
