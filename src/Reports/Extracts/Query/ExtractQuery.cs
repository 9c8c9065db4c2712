using System.Globalization;
using System.Text;
using Warehouse.Core.Sql;
using Warehouse.Reports.Extracts.Catalog;
using Warehouse.Reports.Extracts.Selection;

namespace Warehouse.Reports.Extracts.Query;

/// <summary>
/// The SQL that reads one dataset's rows from its rpt_* view. View and column names come from the catalogue; every value of
/// the request (years, territory and profession keys, the aggregate flag) is a bound parameter, never part of the text.
/// </summary>
internal sealed class ExtractQuery
{
    private ExtractQuery(string sql, (string Name, object? Value)[] parameters)
    {
        Sql = sql;
        Parameters = parameters;
    }

    public string Sql { get; }

    public (string Name, object? Value)[] Parameters { get; }

    /// <summary>The rows, in the catalogue's column order, sorted by year, profession, territory and the dataset's own dimension.</summary>
    public static ExtractQuery Rows(ExtractDataset dataset, ExtractSelection selection, SqlDialect dialect)
    {
        var (where, parameters) = Filters(dataset, selection, dialect);
        var sql = new StringBuilder("SELECT ");
        sql.AppendJoin(", ", dataset.Columns.Select(c => "v." + c.Source));
        sql.Append(" FROM ").Append(dataset.View).Append(" v");
        if (dataset.OrderJoins.Length > 0)
        {
            sql.Append(' ').Append(dataset.OrderJoins);
        }
        sql.Append(" WHERE ").Append(where).Append(" ORDER BY ").Append(dataset.OrderBy);
        return new ExtractQuery(sql.ToString(), parameters);
    }

    /// <summary>1 when at least one row matches, else 0: checked before any byte of the extract is written.</summary>
    public static ExtractQuery Exists(ExtractDataset dataset, ExtractSelection selection, SqlDialect dialect)
    {
        var (where, parameters) = Filters(dataset, selection, dialect);
        return new ExtractQuery($"SELECT CASE WHEN EXISTS (SELECT 1 FROM {dataset.View} v WHERE {where}) THEN 1 ELSE 0 END", parameters);
    }

    /// <summary>The years that have rows in the dataset's fact table (one index seek per dim_year row).</summary>
    public static ExtractQuery LoadedYears(ExtractDataset dataset) =>
        new($"SELECT y.year FROM dim_year y WHERE EXISTS (SELECT 1 FROM {dataset.FactTable} f WHERE f.year = y.year) ORDER BY y.year", []);

    private static (string Where, (string Name, object? Value)[] Parameters) Filters(ExtractDataset dataset, ExtractSelection selection, SqlDialect dialect)
    {
        var parameters = new List<(string Name, object? Value)>();
        var conditions = new List<string> { In("v.year", "year", selection.Years.Select(y => (object)y), parameters) };
        if (!dataset.IsNational && selection.Territories.Count > 0)
        {
            conditions.Add(In("v.territory_key", "territory", selection.Territories.Select(t => (object)t.Key), parameters));
        }
        if (selection.Professions.Count > 0)
        {
            conditions.Add(In("v.profession_key", "profession", selection.Professions.Select(p => (object)p.Key), parameters));
        }
        if (!selection.Request.IncludeAggregates)
        {
            parameters.Add(("not_aggregate", dialect.Boolean(false)));
            conditions.AddRange(dataset.AggregateFlags.Select(flag => $"v.{flag} = @not_aggregate"));
        }
        return (string.Join(" AND ", conditions), parameters.ToArray());
    }

    private static string In(string column, string prefix, IEnumerable<object> values, List<(string Name, object? Value)> parameters)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, value));
            names.Add("@" + name);
        }
        return $"{column} IN ({string.Join(", ", names)})";
    }
}
