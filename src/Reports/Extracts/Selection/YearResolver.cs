using System.Globalization;
using Warehouse.Core;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>Checks requested years against the years that have data in the datasets read; no request means all of them.</summary>
internal static class YearResolver
{
    public static IReadOnlyList<int> Resolve(IReadOnlyList<int> requested, IReadOnlyList<int> available, string datasets)
    {
        if (available.Count == 0)
        {
            throw new WarehouseException($"The warehouse has no data for {datasets}: run `warehouse load` first.", isUserError: true);
        }
        if (requested.Count == 0)
        {
            return available;
        }
        var missing = requested.Where(y => !available.Contains(y)).ToList();
        if (missing.Count == 0)
        {
            return requested;
        }
        var nearest = available.OrderBy(y => missing.Min(m => Math.Abs(m - y))).ThenBy(y => y).Take(Suggestions.Count).Order()
            .Select(y => y.ToString(CultureInfo.InvariantCulture));
        throw new WarehouseException(
            $"No data for year{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} in {datasets}.{Suggestions.Sentence(nearest)} " +
            $"Years with data: {Describe(available)}.", isUserError: true);
    }

    /// <summary>"2019-2024" for a run of consecutive years, else "2019, 2021".</summary>
    public static string Describe(IReadOnlyList<int> years) =>
        years.Count > 1 && years[^1] - years[0] == years.Count - 1
            ? string.Create(CultureInfo.InvariantCulture, $"{years[0]}-{years[^1]}")
            : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
}
