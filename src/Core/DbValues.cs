using System.Globalization;

namespace Warehouse.Core;

/// <summary>Normalises values that each engine returns in its own type (SQLite text, PostgreSQL timestamptz, SQL Server datetimeoffset).</summary>
public static class DbValues
{
    public static string? Timestamp(object? value) => value switch
    {
        null or DBNull => null,
        DateTime dateTime => DateTime.SpecifyKind(dateTime, dateTime.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dateTime.Kind)
            .ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
