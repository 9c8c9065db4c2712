using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Reading;

/// <summary>The dataset a header belongs to, and where each of its columns is.</summary>
public sealed class HeaderMatch
{
    private readonly Dictionary<string, int> _indexByField;

    private HeaderMatch(DatasetDefinition dataset, Dictionary<string, int> indexByField, bool usesLabels)
    {
        Dataset = dataset;
        _indexByField = indexByField;
        UsesBrowserLabels = usesLabels;
    }

    public DatasetDefinition Dataset { get; }

    public bool UsesBrowserLabels { get; }

    public int FieldCount => _indexByField.Count;

    /// <summary>The field name of each column, in file order.</summary>
    public string[] FieldNames => [.. _indexByField.OrderBy(p => p.Value).Select(p => p.Key)];

    public int IndexOf(string fieldName) => _indexByField[fieldName];

    /// <summary>
    /// Matches a header against the seven datasets (or the one named). Returns null and a reason when it is none of them:
    /// the reason names the closest dataset — the one that has most of the columns that are there — and its missing and
    /// unexpected columns. A header made only of one dataset's columns, some missing, is a column subset (an export made
    /// with <c>select=</c>): <paramref name="subsetOf"/> names that dataset, so the rejection can be recorded under it.
    /// </summary>
    public static HeaderMatch? Find(IReadOnlyList<string> header, DatasetDefinition? expected, out string? reason, out DatasetDefinition? subsetOf)
    {
        ArgumentNullException.ThrowIfNull(header);
        subsetOf = null;
        var fields = header.Select(DatasetCatalog.FieldNameOf).ToList();
        var usesLabels = fields.Where((f, i) => f != header[i]).Any();
        var duplicates = fields.GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            reason = $"the header repeats column(s) {string.Join(", ", duplicates)}";
            return null;
        }
        var candidates = expected is null ? DatasetCatalog.All : [expected];
        var best = candidates
            .Select(d => (Dataset: d, Missing: d.CsvColumns.Except(fields, StringComparer.Ordinal).ToList(), Extra: fields.Except(d.CsvColumns, StringComparer.Ordinal).ToList()))
            .OrderByDescending(c => fields.Count - c.Extra.Count)
            .ThenBy(c => c.Extra.Count)
            .ThenBy(c => c.Missing.Count)
            .First();
        if (best.Missing.Count == 0 && best.Extra.Count == 0)
        {
            reason = null;
            var index = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
            return new HeaderMatch(best.Dataset, index, usesLabels);
        }
        if (best.Extra.Count == 0 && fields.Count > 1)
        {
            subsetOf = best.Dataset;
            reason = $"the header has {fields.Count} of the {best.Dataset.CsvColumns.Count} columns of dataset {best.Dataset.Id}: it looks like a column "
                + $"subset exported with select=, not a whole export (missing column(s): {string.Join(", ", best.Missing)}); "
                + "load the whole export of the dataset (exports/csv without select=)";
            return null;
        }
        reason = Explain(header, expected, best.Dataset, best.Missing, best.Extra);
        return null;
    }

    private static string Explain(IReadOnlyList<string> header, DatasetDefinition? expected, DatasetDefinition closest, List<string> missing, List<string> extra)
    {
        if (header.Count == 1 && (header[0].Contains(',', StringComparison.Ordinal) || header[0].Contains('\t', StringComparison.Ordinal)))
        {
            return "the header is a single column: the separator must be ';' (data.ameli exports use semicolons)";
        }
        var what = expected is null
            ? $"the header is not one of the 7 datasets (closest: {closest.Id})"
            : $"the header does not match dataset {closest.Id}";
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"missing column(s): {string.Join(", ", missing)}");
        }
        if (extra.Count > 0)
        {
            parts.Add($"unexpected column(s): {string.Join(", ", extra.Select(e => Validation.ValueText.Quote(e)))}");
        }
        return $"{what}; {string.Join("; ", parts)}";
    }
}
