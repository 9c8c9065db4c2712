namespace Warehouse.Reports.Rendering;

/// <summary>The marks a table cell prints instead of a number, as the reports' footnotes define them.</summary>
public static class CellText
{
    /// <summary>Secret statistique (NS in the source).</summary>
    public const string Secret = "s";

    /// <summary>Not applicable (NC in the source): an en dash.</summary>
    public const string NotApplicable = "\u2013";

    /// <summary>Not available: absent from the loaded data, an empty field in the source, or a change without its base year.</summary>
    public const string Absent = "nd";

    /// <summary>The footnote text of each mark, the same in every table.</summary>
    public const string SecretNote = "secret statistique (NS) : valeur non publiée car portant sur trop peu de praticiens";

    /// <inheritdoc cref="SecretNote"/>
    public const string NotApplicableNote = "non concerné (NC) : la mesure n'a pas de sens pour cette profession ou ce territoire";

    /// <inheritdoc cref="SecretNote"/>
    public const string AbsentNote = "non disponible : absent des données chargées (ou champ vide), ou évolution sans son année de base";
}
