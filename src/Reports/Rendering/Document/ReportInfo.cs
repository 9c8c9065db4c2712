namespace Warehouse.Reports.Rendering;

/// <summary>What a PDF says about itself: running header, footer, synthetic mark and PDF metadata.</summary>
/// <param name="Title">Document title: PDF metadata and running header.</param>
/// <param name="Territory">The territory (or profession) the document is about, right of the running header.</param>
public sealed record ReportInfo(string Title, string Territory)
{
    /// <summary>Left of the running header (default: the title); short enough not to be cut.</summary>
    public string? RunningHeader { get; init; }

    /// <summary>PDF subject.</summary>
    public string Subject { get; init; } = "Professionnels de santé libéraux";

    /// <summary>PDF author.</summary>
    public string Author { get; init; } = "Entrepôt Data Professionnels de santé libéraux";

    /// <summary>PDF creator (the application).</summary>
    public string Creator { get; init; } = "Warehouse.Reports";

    /// <summary>PDF keywords.</summary>
    public string Keywords { get; init; } = "santé; professionnels de santé libéraux; data.ameli.fr";

    /// <summary>When the document was generated (PDF creation date).</summary>
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.Now;

    /// <summary>Source line printed in every page footer and, through <see cref="PdfReport.Add(IBlock)"/>, under every chart and map.</summary>
    public string SourceLine { get; init; } = CnamSource;

    /// <summary>The attribution of real data.</summary>
    public const string CnamSource = "Source : Cnam, data.ameli.fr";

    /// <summary>What synthetic data says instead of a source: it does not come from the Cnam.</summary>
    public const string SyntheticSource = "Données synthétiques au format data.ameli.fr, non issues de la Cnam";

    /// <summary>When true, every page carries the "DONNÉES SYNTHÉTIQUES" mark.</summary>
    public bool Synthetic { get; init; }

    /// <summary>The mark printed on every page of a synthetic document.</summary>
    public const string SyntheticMark = "DONNÉES SYNTHÉTIQUES";
}
