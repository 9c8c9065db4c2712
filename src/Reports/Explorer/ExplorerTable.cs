using Warehouse.Reports.Data;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Explorer;

/// <summary>A cell of an explorer table: a text, or a measure shown with a fixed count of decimals (marks s, –, nd without a value).</summary>
public readonly record struct ExplorerCell(string? Text, Measure? Value = null, int Decimals = 0)
{
    public static ExplorerCell Of(string text) => new(text);

    public static ExplorerCell Of(Measure value, int decimals) => new(null, value, decimals);

    public static ExplorerCell Of(int? number) => number is { } n ? new(null, new Measure(n, null), 0) : new(null, Measure.Missing, 0);

    /// <summary>The value as shown: rounded to <see cref="Decimals"/> (what the CSV and XLSX carry too).</summary>
    public double? Number => Value is { Value: { } v } ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>fr-FR text: "1 234,5", or the mark of a missing value.</summary>
    public string Display => Text ?? (Value is not { } m ? ""
        : m.Value is { } v ? FrenchFormat.Number(v, Decimals)
        : m.IsSecret ? CellText.Secret
        : m.IsNotApplicable ? CellText.NotApplicable
        : CellText.Absent);
}

/// <summary>The numbers a view shows, as a table: on the page (the chart's data, for every reader), and in the CSV and XLSX downloads.</summary>
public sealed record ExplorerTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ExplorerCell>> Rows, IReadOnlyList<string> Notes)
{
    /// <summary>The footnotes of the marks the table prints, so none appears unexplained.</summary>
    public IReadOnlyList<string> MarkNotes()
    {
        var shown = Rows.SelectMany(r => r).Where(c => c.Text is null).Select(c => c.Display).ToHashSet(StringComparer.Ordinal);
        return [.. new[] { (CellText.Secret, CellText.SecretNote), (CellText.NotApplicable, CellText.NotApplicableNote), (CellText.Absent, CellText.AbsentNote) }
            .Where(n => shown.Contains(n.Item1)).Select(n => $"{n.Item1} : {n.Item2}")];
    }
}
