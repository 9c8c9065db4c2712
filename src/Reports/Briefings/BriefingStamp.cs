using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>What every output says about its data: the releases used, the schema version, when it was generated.</summary>
public sealed record BriefingStamp(IReadOnlyList<DataRelease> Releases, string SchemaVersion, DateTimeOffset GeneratedAt)
{
    public bool IsSynthetic => Releases.Any(r => r.IsSynthetic);
}
