namespace Warehouse.Reports.Extracts.Catalog;

/// <summary>
/// One column of an extract: the rpt_* view column it reads (<see cref="Source"/>, never user input), its French header,
/// and what the "Dictionnaire" sheet says about it.
/// </summary>
internal sealed record ExtractColumn(
    string Source,
    string Header,
    ColumnKind Kind,
    string Meaning,
    string? Unit = null,
    string? SourceField = null,
    string? Notes = null,
    string? NumberFormat = null)
{
    public const string WholeFormat = "#,##0";
    public const string OneDecimalFormat = "#,##0.0";
    public const string TwoDecimalsFormat = "#,##0.00";
    public const string IdentifierFormat = "0";

    /// <summary>The Excel number format of the column's cells, or null for text.</summary>
    public string? ExcelFormat => NumberFormat ?? Kind switch
    {
        ColumnKind.Identifier => IdentifierFormat,
        ColumnKind.WholeMeasure => WholeFormat,
        ColumnKind.DecimalMeasure => OneDecimalFormat,
        _ => null,
    };

    public bool IsNumeric => Kind is ColumnKind.Identifier or ColumnKind.WholeMeasure or ColumnKind.DecimalMeasure;

    /// <summary>A measure and the status column written right after it.</summary>
    public static IEnumerable<ExtractColumn> Measure(
        string source, string header, ColumnKind kind, string meaning, string unit, string sourceField, string? notes = null, string? format = null) =>
    [
        new(source, header, kind, meaning, unit, sourceField, notes, format),
        new(source + "_status", header + " – statut", ColumnKind.Status,
            $"Pourquoi « {header} » est vide : secret statistique, non concerné ou non renseigné. Vide quand la valeur est publiée.",
            SourceField: sourceField, Notes: "NS → secret statistique ; NC → non concerné ; valeur absente du fichier → non renseigné"),
    ];
}
