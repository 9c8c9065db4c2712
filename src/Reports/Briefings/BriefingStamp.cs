using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>What every output says about its data: the releases used, the schema version, when it was generated.</summary>
public sealed record BriefingStamp(IReadOnlyList<DataRelease> Releases, string SchemaVersion, DateTimeOffset GeneratedAt)
{
    public bool IsSynthetic => Releases.Any(r => r.IsSynthetic);

    /// <summary>What the data is, under every chart and in every footer: synthetic data never reads "Source : Cnam".</summary>
    public string SourceLine => IsSynthetic ? Rendering.ReportInfo.SyntheticSource : Rendering.ReportInfo.CnamSource;

    /// <summary>The data releases as a title line lists them: "Données publiées le 15 décembre 2025".</summary>
    public string ReleaseText => string.Join(", ", Releases.Select(r => r.Label).Distinct());
}
