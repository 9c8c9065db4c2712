using Warehouse.Scheduler.Cli;

namespace Warehouse.Scheduler;

internal static class Program
{
    public static Task<int> Main(string[] args) => WarehouseCommandLine.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory);
}
