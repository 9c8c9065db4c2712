using Hangfire.Common;

namespace Warehouse.Scheduler.Jobs;

/// <summary>
/// Jobs already stored (enqueued, scheduled, awaiting a retry, recurring) name their class as it was named when they were
/// created: a job class that moved keeps its former name here, so those jobs still run after an upgrade.
/// </summary>
internal static class FormerJobTypes
{
    private static readonly Dictionary<string, Type> Moved = new(StringComparer.Ordinal)
    {
        ["Warehouse.Scheduler.Delivery.DeliverSubscriptionJob"] = typeof(DeliverSubscriptionJob),
    };

    /// <summary>Hangfire's type resolver: a former name gives the class now; any other name resolves as usual.</summary>
    public static Type Resolve(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var comma = typeName.IndexOf(',', StringComparison.Ordinal);
        var name = (comma < 0 ? typeName : typeName[..comma]).Trim();
        return Moved.TryGetValue(name, out var type) ? type : TypeHelper.DefaultTypeResolver(typeName);
    }
}
