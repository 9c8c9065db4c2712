using Warehouse.Reports.Data;

namespace Warehouse.Reports.Briefings;

/// <summary>What every output says about its data: the releases used, the schema version, when it was generated.</summary>
public sealed record BriefingStamp(IReadOnlyList<DataRelease> Releases, string SchemaVersion, DateTimeOffset GeneratedAt)
{
    public bool IsSynthetic => Releases.Any(r => r.IsSynthetic);

    /// <summary>What the data is, under every chart and in every footer: synthetic data never reads "Source : Cnam".</summary>
    public string SourceLine => IsSynthetic ? Rendering.ReportInfo.SyntheticSource : Rendering.ReportInfo.CnamSource;

    /// <summary>
    /// The data releases as a title line states them: "publiées le 15 décembre 2025", or, for files deposited by hand,
    /// "date de publication non indiquée (fichiers chargés le 4 décembre 2026)". Never a load date called a publication.
    /// </summary>
    public string ReleaseText
    {
        get
        {
            var published = Releases.Select(r => r.ReleaseDate).OfType<string>().Distinct().ToList();
            var loaded = Releases.Where(r => r.ReleaseDate is null).Select(r => r.LoadedDate).OfType<string>().Distinct().ToList();
            var parts = new List<string>();
            if (published.Count > 0)
            {
                parts.Add("publiées le " + string.Join(", ", published));
            }
            if (loaded.Count > 0)
            {
                parts.Add($"date de publication non indiquée (fichiers chargés le {string.Join(", ", loaded)})");
            }
            return parts.Count == 0 ? "date de publication inconnue" : string.Join(" ; ", parts);
        }
    }
}
