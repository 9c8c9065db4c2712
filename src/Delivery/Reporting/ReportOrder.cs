using System.Text.Json;
using Warehouse.Core;

namespace Warehouse.Delivery.Reporting;

/// <summary>
/// A briefing to render: the report ("territory" or "profession"), its parameters by catalogue name
/// ("code", "year", "map-profession", "profession") and the format ("pdf", or "xlsx" for a territory's companion workbook).
/// Values are checked against the warehouse when rendered; they are only ever bound as SQL parameters.
/// </summary>
public sealed record ReportOrder(string Report, IReadOnlyDictionary<string, string> Parameters, string Format)
{
    public const string Territory = "territory";
    public const string Profession = "profession";

    public static IReadOnlyList<string> Reports { get; } = [Territory, Profession];

    public string? this[string name] => Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Checks the report name, the format and the parameter names; parameter values are checked when rendering.</summary>
    public static ReportOrder Create(string report, IReadOnlyDictionary<string, string?> parameters, string? format)
    {
        var name = report?.Trim().ToLowerInvariant() ?? "";
        var allowed = name switch
        {
            Territory => new[] { "code", "year", "map-profession" },
            Profession => ["profession", "year"],
            _ => throw new WarehouseException($"Unknown report \"{report}\": use territory or profession.", isUserError: true),
        };
        var kept = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            var parameter = key.Trim().ToLowerInvariant();
            if (!allowed.Contains(parameter))
            {
                throw new WarehouseException($"The {name} report has no parameter \"{key}\": use {string.Join(", ", allowed)}.", isUserError: true);
            }
            if (!string.IsNullOrWhiteSpace(value))
            {
                kept[parameter] = value.Trim();
            }
        }
        var required = name == Territory ? "code" : "profession";
        if (!kept.ContainsKey(required))
        {
            throw new WarehouseException($"The {name} report needs the parameter \"{required}\".", isUserError: true);
        }
        if (kept.TryGetValue("year", out var year) && !int.TryParse(year, out _))
        {
            throw new WarehouseException($"The year \"{year}\" is not a number.", isUserError: true);
        }
        var fmt = string.IsNullOrWhiteSpace(format) ? "pdf" : format.Trim().ToLowerInvariant();
        if (fmt != "pdf" && !(fmt == "xlsx" && name == Territory))
        {
            throw new WarehouseException(
                name == Territory ? $"Unknown format \"{format}\": use pdf or xlsx." : $"Unknown format \"{format}\": the profession briefing renders to pdf.",
                isUserError: true);
        }
        return new ReportOrder(name, kept, fmt);
    }

    public int? Year => this["year"] is { } year ? int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The parameters as a JSON object with sorted keys: how subscriptions and the report history store them.</summary>
    public string ParametersJson() => JsonSerializer.Serialize(Parameters);

    public static IReadOnlyDictionary<string, string?> ParseParametersJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
}
