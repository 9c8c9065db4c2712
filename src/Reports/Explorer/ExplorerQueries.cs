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

    /// <summary>Every territory's value of <paramref name="indicator"/> for one profession, in <paramref name="year"/> or every year.</summary>
    public async Task<List<IndicatorValue>> ValuesAsync(ExplorerIndicator indicator, int professionKey, int postKey, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var sql = SqlFiles.Read($"queries/explorer/{indicator.QueryFile}.sql");
        (string, object?)[] parameters = indicator.NeedsPost
            ? [("profession_key", professionKey), ("year", year), ("post_key", postKey)]
            : [("profession_key", professionKey), ("year", year)];
        return await DbCommands.QueryAsync(connection, sql, r => new IndicatorValue(
            Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
            new Measure(r.IsDBNull(2) ? null : Convert.ToDouble(r.GetValue(2), CultureInfo.InvariantCulture), r.IsDBNull(3) ? null : r.GetString(3))),
            cancellationToken, parameters);
    }
}
