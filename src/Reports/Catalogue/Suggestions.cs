namespace Warehouse.Reports.Catalogue;

/// <summary>The closest valid values to a bad one (edit distance, case- and accent-insensitive), for error messages.</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> Closest(string value, IEnumerable<string> candidates, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(value);
        var wanted = Fold(value);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(wanted, Fold(c)) - (Fold(c).Contains(wanted, StringComparison.Ordinal) && wanted.Length > 2 ? 10 : 0)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(count).Select(c => c.Candidate).ToList();
    }

    public static string Sentence(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { Count: > 0 } close ? $" Did you mean {string.Join(", ", close.Select(c => $"\"{c}\""))}?" : "";

    private static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToUpperInvariant();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
