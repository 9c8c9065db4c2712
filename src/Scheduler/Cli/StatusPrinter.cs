using Warehouse.Core.Status;

namespace Warehouse.Scheduler.Cli;

/// <summary>Plain-text rendering of <see cref="WarehouseStatus"/>.</summary>
internal static class StatusPrinter
{
    public static async Task PrintAsync(WarehouseStatus status, TextWriter output)
    {
        await output.WriteLineAsync($"Engine:      {status.Engine}");
        await output.WriteLineAsync($"Database:    {status.Location}{(status.DatabaseExists ? "" : " (does not exist yet: run `warehouse migrate`)")}");
        await output.WriteLineAsync($"Migrations:  {status.AppliedMigrations.Count} applied, {status.PendingMigrations.Count} pending");
        foreach (var name in status.AppliedMigrations)
        {
            await output.WriteLineAsync($"  applied    {name}");
        }
        foreach (var name in status.PendingMigrations)
        {
            await output.WriteLineAsync($"  pending    {name}");
        }
        if (status.Facts.Count > 0)
        {
            await output.WriteLineAsync("Facts:");
            var width = status.Facts.Max(f => f.FactTable.Length);
            foreach (var fact in status.Facts)
            {
                await output.WriteLineAsync($"  {fact.FactTable.PadRight(width)}  {fact.Rows,12:N0}  {fact.DatasetId}");
            }
        }
        await output.WriteLineAsync(status.LastLoad is { } load
            ? $"Last load:   run {load.RunId}, {load.Trigger}, started {load.StartedAt}, {load.Outcome}{(load.FinishedAt is null ? "" : $", finished {load.FinishedAt}")}{(load.Message is null ? "" : $": {load.Message}")}"
            : "Last load:   none");
    }
}
