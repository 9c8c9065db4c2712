using System.Data.Common;
using System.Globalization;
using Warehouse.Core.Sql;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Explorer;

/// <summary>One value of an indicator: a year, a territory, the published (or derived) value with its status.</summary>
public sealed record IndicatorValue(int Year, int TerritoryKey, Measure Value);

/// <summary>Runs db/queries/explorer/*.sql (portable SQL, every value a bound parameter).</summary>
public sealed class ExplorerQueries(DbConnection connection)
{
    public const int AllYears = -1;

    /// <summary>
    /// Every territory's value of <paramref name="indicator"/> for one profession, in <paramref name="year"/> or every year; a
    /// cell absent from the publication (neither value nor status) is left out, as the map and tables expect.
    /// </summary>
    public async Task<List<IndicatorValue>> ValuesAsync(ExplorerIndicator indicator, int professionKey, int postKey, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var sql = SqlFiles.Read($"queries/explorer/{indicator.QueryFile}.sql");
        (string, object?)[] parameters = indicator.NeedsPost
            ? [("profession_key", professionKey), ("year", year), ("post_key", postKey)]
            : [("profession_key", professionKey), ("year", year)];
        var value = 2 + 2 * indicator.Measure;
        var values = await DbCommands.QueryAsync(connection, sql, r => new IndicatorValue(
            Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
            new Measure(r.IsDBNull(value) ? null : Convert.ToDouble(r.GetValue(value), CultureInfo.InvariantCulture), r.IsDBNull(value + 1) ? null : r.GetString(value + 1))),
            cancellationToken, parameters);
        return [.. values.Where(v => v.Value.HasValue || v.Value.Status is not null)];
    }
}
