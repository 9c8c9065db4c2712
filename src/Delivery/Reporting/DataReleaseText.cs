using Warehouse.Reports.Data;

namespace Warehouse.Delivery.Reporting;

/// <summary>How outputs name the data they were made from: the publication (data processed) date of each live dataset.</summary>
public static class DataReleaseText
{
    public static string Summary(IReadOnlyList<DataRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        if (releases.Count == 0)
        {
            return "aucune donnée chargée";
        }
        var dates = releases.Select(r => Day(r.DataProcessed ?? r.LoadedAt)).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = dates.Count == 1 ? $"publication du {dates[0]}" : $"publications du {dates[0]} au {dates[^1]}";
        return releases.Any(r => r.IsSynthetic) ? text + " (données synthétiques)" : text;
    }

    private static string Day(string? timestamp) => timestamp is { Length: >= 10 } ? timestamp[..10] : timestamp ?? "?";
}
