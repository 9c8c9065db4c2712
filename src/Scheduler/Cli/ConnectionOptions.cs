using System.CommandLine;

namespace Warehouse.Scheduler.Cli;

/// <summary>The options every verb accepts to choose the warehouse; they override configuration and environment.</summary>
internal static class ConnectionOptions
{
    public static readonly Option<string?> Engine = new("--engine")
    {
        Description = "Database engine: sqlite (default), postgresql or sqlserver. Overrides Warehouse:Engine.",
        HelpName = "name",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Connection string. Overrides ConnectionStrings:Warehouse. Prefer the environment variable ConnectionStrings__Warehouse for passwords.",
        HelpName = "string",
        Recursive = true,
    };
}
