namespace Warehouse.Scheduler.Server;

/// <summary>The server's own structured log events (never a connection string, password or key).</summary>
internal static partial class ServerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Warehouse server: {Engine} warehouse at {Location}; demo {Demo}; {Users} users, {ApiKeys} API keys; anonymous loopback role {LoopbackRole}")]
    public static partial void Starting(ILogger logger, string engine, string location, bool demo, int users, int apiKeys, string loopbackRole);
}
