using Warehouse.Reports.Explorer;

namespace Warehouse.Scheduler.Web.Explorer;

/// <summary>Where a territory of a chart leads: its explorer page.</summary>
public static class ExplorerLinks
{
    public static string Territory(RankedTerritory territory)
    {
        ArgumentNullException.ThrowIfNull(territory);
        return "/explorer/territoire/" + Uri.EscapeDataString(territory.Code);
    }
}
