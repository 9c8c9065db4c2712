namespace Warehouse.Reports.Rendering;

/// <summary>What a PDF says about itself: running header, footer, synthetic mark and PDF metadata.</summary>
/// <param name="Title">Document title: PDF metadata and running header.</param>
/// <param name="Territory">The territory (or profession) the document is about, right of the running header.</param>
public sealed record ReportInfo(string Title, string Territory)
{
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

    /// <summary>Source line printed in every page footer.</summary>
    public string SourceLine { get; init; } = "Source : Cnam, data.ameli.fr";

    /// <summary>When true, every page carries the "DONNÉES SYNTHÉTIQUES" mark.</summary>
    public bool Synthetic { get; init; }

    /// <summary>The mark printed on every page of a synthetic document.</summary>
    public const string SyntheticMark = "DONNÉES SYNTHÉTIQUES";
}
