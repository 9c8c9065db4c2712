using System.Globalization;
using Warehouse.Loader.Runs;
using Warehouse.Loader.Sources.Api;

namespace Warehouse.Loader.Loading;

/// <summary>Whether the catalog metadata announces the release that is already live (docs/data-format.md §7: data_processed and records_count).</summary>
internal static class ApiReleaseCheck
{
    public static bool IsUnchanged(DatasetRelease release, CurrentRelease? current)
    {
        if (current?.DataProcessed is null || release.DataProcessed is null)
        {
            return false;
        }
        var live = DateTimeOffset.Parse(current.DataProcessed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return Math.Abs((live - release.DataProcessed.Value).TotalSeconds) < 1 && current.RecordsCount == release.RecordsCount;
    }
}
