using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings.Documents;

/// <summary>
/// The footnotes of the marks a table or chart actually prints (s, –, nd), so that no mark appears unexplained, and the
/// sentence a chart prints in words when it cannot be drawn.
/// </summary>
internal static class Marks
{
    private static readonly Footnote[] All =
    [
        new(CellText.Secret, CellText.SecretNote),
        new(CellText.NotApplicable, CellText.NotApplicableNote),
        new(CellText.Absent, CellText.AbsentNote),
    ];

    /// <summary>Footnotes for the marks among <paramref name="cells"/>, plus <paramref name="extra"/>; null when there is none.</summary>
    public static Footnotes? For(IEnumerable<string> cells, params Footnote[] extra)
    {
        var printed = cells.ToHashSet(StringComparer.Ordinal);
        var notes = All.Where(n => printed.Contains(n.Mark)).Concat(extra).ToList();
        return notes.Count == 0 ? null : new Footnotes(notes);
    }

    /// <summary>Adds the footnotes of <see cref="For"/> when there are any.</summary>
    public static void AddTo(PdfReport report, IEnumerable<string> cells, params Footnote[] extra)
    {
        if (For(cells, extra) is { } notes)
        {
            report.Add(notes);
        }
    }

    /// <summary>Why each département of a map has no value: secret or not applicable (the rest is absent).</summary>
    public static Dictionary<string, MapGap> Gaps(IEnumerable<MapValue> values) => values
        .Where(v => v.Value.IsSecret || v.Value.IsNotApplicable)
        .ToDictionary(v => v.DepartementCode, v => v.Value.IsSecret ? MapGap.Secret : MapGap.NotApplicable);

    /// <summary>What a chart that cannot be drawn says instead: its title in bold, then why.</summary>
    public static TextBlock NotDrawn(string title, string reason) =>
        new([new TextSpan(title + " : ", true), new TextSpan(reason)]);

    /// <summary>The reason of a time chart with fewer than two years.</summary>
    public static string OneYear(IReadOnlyList<int> years) => years.Count == 0
        ? "aucune année n'est chargée."
        : $"une seule année est chargée ({FrenchFormat.Year(years[0])}) ; il en faut deux pour tracer une évolution.";

    /// <summary>The reason of a chart with no published value.</summary>
    public static string NoValue(string what, int year) => $"aucune valeur de {what} n'est chargée pour {FrenchFormat.Year(year)}.";
}
