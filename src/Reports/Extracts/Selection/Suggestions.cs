namespace Warehouse.Reports.Extracts.Selection;

/// <summary>The valid values closest to a bad one (Levenshtein distance on <see cref="TextKey"/> forms), for error messages.</summary>
internal static class Suggestions
{
    public const int Count = 3;

    /// <summary>The <see cref="Count"/> candidates nearest to <paramref name="input"/>; each candidate is compared through all its keys.</summary>
    public static IReadOnlyList<T> Nearest<T>(string input, IEnumerable<T> candidates, Func<T, IEnumerable<string>> keys)
    {
        var wanted = TextKey.Of(input);
        return candidates
            .Select((candidate, order) => (candidate, order, distance: keys(candidate).Min(key => Distance(wanted, TextKey.Of(key)))))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.order)
            .Take(Count)
            .Select(c => c.candidate)
            .ToList();
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions), two rows of memory.</summary>
    public static int Distance(string a, string b)
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
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>"Did you mean: a, b or c?"</summary>
    public static string Sentence(IEnumerable<string> suggestions)
    {
        var list = suggestions.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => $" Did you mean {list[0]}?",
            _ => $" Did you mean {string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}?",
        };
    }
}
