using Warehouse.Reports.Briefings;

namespace Warehouse.Delivery.Reporting;

/// <summary>A rendered briefing: the order with canonical parameters, the file and what it was made from.</summary>
/// <param name="Order">The order as rendered: territory and profession replaced by their canonical code or label, the year made explicit.</param>
/// <param name="Title">"Briefing territorial — Bretagne (2024)": what a reader is told in e-mails and the history.</param>
/// <param name="FileName">Download name built from canonical values only (never from user text).</param>
public sealed record RenderedFile(ReportOrder Order, string Title, string FileName, string ContentType, byte[] Content, BriefingStamp Stamp)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));

    /// <summary>The data release in one line: the publication date of each dataset's live file.</summary>
    public string ReleaseSummary => DataReleaseText.Summary(Stamp.Releases);
}
