using System.Text.Json;

namespace Warehouse.Core.Dictionary;

/// <summary>
/// Reads db/dictionary/dictionary.json. A column is a meaning (a string), an object {meaning, unit, source, notes}, or a
/// reference to another entry: "=object" (the column of the same name there) or "=object.column". References are resolved,
/// so every column comes out with its full text.
/// </summary>
internal static class DictionaryJson
{
    private sealed record RawObject(string Name, string Description, string? Grain, IReadOnlyList<(string Column, JsonElement Entry)> Columns);

    public static IReadOnlyList<DictionaryObject> Parse(string json, IReadOnlyDictionary<string, string> grains)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var raw = document.RootElement.GetProperty("objects").EnumerateArray().Select(ReadObject).ToList();
        var byName = new Dictionary<string, RawObject>(StringComparer.Ordinal);
        foreach (var item in raw)
        {
            if (!byName.TryAdd(item.Name, item))
            {
                throw new InvalidOperationException($"The data dictionary lists {item.Name} twice.");
            }
        }
        return raw.Select(item => new DictionaryObject(
                item.Name,
                item.Description,
                GrainOf(item, grains),
                item.Columns.Select(column => Resolve(byName, item.Name, column.Column, [])).ToList()))
            .ToList();
    }

    private static RawObject ReadObject(JsonElement element)
    {
        var name = Text(element, "name") ?? throw new InvalidOperationException("A data dictionary object has no name.");
        var description = Text(element, "description") ?? throw new InvalidOperationException($"{name} has no description in the data dictionary.");
        var columns = new List<(string, JsonElement)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.GetProperty("columns").EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new InvalidOperationException($"{name}.{property.Name} is listed twice in the data dictionary.");
            }
            columns.Add((property.Name, property.Value.Clone()));
        }
        return new RawObject(name, description, Text(element, "grain"), columns);
    }

    private static string GrainOf(RawObject item, IReadOnlyDictionary<string, string> grains)
    {
        var fromMigrations = grains.TryGetValue(item.Name, out var grain) ? grain : null;
        return (item.Grain, fromMigrations) switch
        {
            (not null, not null) => throw new InvalidOperationException(
                $"{item.Name} states its grain in the data dictionary and in a migration's -- Grain: comment: keep the migration's, remove the dictionary's."),
            (not null, null) => item.Grain,
            (null, not null) => fromMigrations,
            _ => throw new InvalidOperationException(
                $"{item.Name} has no grain: add a -- Grain: comment above its CREATE or a \"grain\" to its data dictionary entry."),
        };
    }

    private static DictionaryColumn Resolve(Dictionary<string, RawObject> objects, string objectName, string columnName, HashSet<string> visiting)
    {
        var key = $"{objectName}.{columnName}";
        if (!visiting.Add(key))
        {
            throw new InvalidOperationException($"The data dictionary entries {string.Join(" -> ", visiting)} refer to each other in a circle.");
        }
        if (!objects.TryGetValue(objectName, out var item))
        {
            throw new InvalidOperationException($"The data dictionary refers to {key}, but has no object {objectName}.");
        }
        var entry = item.Columns.Where(column => column.Column == columnName).Select(column => (JsonElement?)column.Entry).FirstOrDefault()
            ?? throw new InvalidOperationException($"The data dictionary refers to {key}, which it does not describe.");

        if (entry.ValueKind == JsonValueKind.String)
        {
            var text = entry.GetString()!;
            return text.StartsWith('=') ? Follow(objects, text[1..], columnName, visiting) : new DictionaryColumn(columnName, Checked(text, key), null, null, null);
        }
        var meaning = Text(entry, "meaning") ?? throw new InvalidOperationException($"{key} has no meaning in the data dictionary.");
        return new DictionaryColumn(columnName, Checked(meaning, key), Text(entry, "unit"), Text(entry, "source"), Text(entry, "notes"));
    }

    private static DictionaryColumn Follow(Dictionary<string, RawObject> objects, string reference, string columnName, HashSet<string> visiting)
    {
        var dot = reference.IndexOf('.', StringComparison.Ordinal);
        var (target, targetColumn) = dot < 0 ? (reference, columnName) : (reference[..dot], reference[(dot + 1)..]);
        return Resolve(objects, target, targetColumn, visiting) with { Name = columnName };
    }

    private static string Checked(string text, string key) =>
        string.IsNullOrWhiteSpace(text) ? throw new InvalidOperationException($"{key} has an empty meaning in the data dictionary.") : text.Trim();

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
