using System.Globalization;
using System.Text.Json;

namespace Warehouse.Loader.Sources.Api;

/// <summary>Reads a <see cref="DatasetRelease"/> from the catalog's dataset JSON, tolerating missing, null or oddly typed fields.</summary>
internal static class DatasetReleaseJson
{
    public static DatasetRelease Parse(string datasetId, JsonElement dataset)
    {
        var metas = Child(Child(dataset, "metas"), "default");
        return new DatasetRelease(
            datasetId,
            Text(metas, "title"),
            Date(metas, "modified"),
            Date(metas, "data_processed"),
            Count(metas, "records_count"),
            Text(metas, "license"));
    }

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object
            ? child
            : null;

    private static JsonElement? Value(JsonElement? parent, string name) =>
        parent is { } p && p.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement? parent, string name) =>
        Value(parent, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text.Trim() : null;

    private static DateTimeOffset? Date(JsonElement? parent, string name) =>
        Text(parent, name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static long? Count(JsonElement? parent, string name) => Value(parent, name) switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var count) => count,
        { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) => count,
        _ => null,
    };
}
