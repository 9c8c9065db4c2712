using System.Data.Common;
using System.Globalization;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Query;

/// <summary>
/// Reads a view column as the value a cell holds, whatever the engine returned: text as <see cref="string"/>, whole numbers as
/// <see cref="long"/>, decimals as <see cref="double"/>, statuses, flags and levels as French words; NULL as null.
/// </summary>
internal static class CellValues
{
    public const string Secret = "secret statistique";
    public const string NotApplicable = "non concerné";
    public const string Missing = "non renseigné";

    public static object? Read(DbDataReader reader, int ordinal, ColumnKind kind)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }
        var value = reader.GetValue(ordinal);
        return kind switch
        {
            ColumnKind.Identifier or ColumnKind.WholeMeasure => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ColumnKind.DecimalMeasure => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            ColumnKind.Status => StatusText(Text(value)),
            ColumnKind.Flag => Convert.ToBoolean(value, CultureInfo.InvariantCulture) ? "oui" : "non",
            ColumnKind.TerritoryLevel => LevelText(Text(value)),
            _ => Text(value),
        };
    }

    public static string StatusText(string code) => code switch
    {
        "NS" => Secret,
        "NC" => NotApplicable,
        "EMPTY" => Missing,
        _ => code,
    };

    private static string LevelText(string level) => level switch
    {
        "country" => "France",
        "region" => "région",
        "departement" => "département",
        _ => level,
    };

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
